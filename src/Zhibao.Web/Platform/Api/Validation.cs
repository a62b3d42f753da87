using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Zhibao.Web.Platform.Api;

/// <summary>Field errors for API answers (ProblemDetails "errors") and for inline messages in the UI.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        var key = JsonNamingPolicy.CamelCase.ConvertName(field);
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }
        list.Add(message);
        return this;
    }

    public string? For(string field) =>
        errors.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(field), out var list) ? string.Join("；", list) : null;

    public string Summary => string.Join("；", errors.Values.SelectMany(v => v));

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public IResult ToProblem() => Results.ValidationProblem(ToDictionary(), title: "输入有误", detail: Summary);
}

public static class Validation
{
    /// <summary>Runs the DataAnnotations of <paramref name="request"/>; null when valid.</summary>
    public static IResult? Check(object? request)
    {
        var errors = Validate(request);
        return errors.Any ? errors.ToProblem() : null;
    }

    public static FieldErrors Validate(object? request)
    {
        var errors = new FieldErrors();
        if (request is null)
        {
            return errors.Add("body", "请求内容不能为空");
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty("body"))
            {
                errors.Add(member, result.ErrorMessage ?? "输入有误");
            }
        }
        return errors;
    }
}

/// <summary>One page of a list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>Paging parameters shared by every list endpoint (?page=1&amp;pageSize=20).</summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    public static FieldErrors Validate(int? page, int? pageSize, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (page is < 1)
        {
            errors.Add("page", "页码须为正整数");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数须在1到{MaxPageSize}之间");
        }
        return errors;
    }
}
