using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Credit;

/// <summary>
/// The credit scheme in force: the administrator's (one <see cref="CreditSchemeSetting"/> row, JSON) or the shipped
/// <see cref="CreditScheme.Default"/>. A stored scheme that no longer reads or validates falls back to the default.
/// </summary>
public sealed class CreditSchemeStore(IDbContextFactory<ZhibaoDb> factory, CurrentUser user, TimeProvider clock)
{
    private const int RowId = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<CreditScheme> GetAsync(CancellationToken ct) => await GetViewAsync(ct);

    public async Task<CreditSchemeView> GetViewAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CreditSchemeSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == RowId, ct);
        if (row is null)
        {
            return new CreditSchemeView(CreditScheme.Default, 0, true, null, null);
        }
        var stored = Read(row.Json);
        return new CreditSchemeView(stored ?? CreditScheme.Default, row.Version, stored is null, row.UpdatedAt, row.UpdatedByName);
    }

    /// <summary>Saves a whole scheme after validation; a stale version answers 409 (DbUpdateConcurrencyException).</summary>
    public async Task<CreditResult<CreditSchemeView>> UpdateAsync(CreditSchemeInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<CreditSchemeView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        var errors = new FieldErrors();
        foreach (var error in CreditSchemeValidation.Validate(input))
        {
            errors.Add(error.Field, error.Message);
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<CreditSchemeView>(errors);
        }
        var scheme = Normalise(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CreditSchemeSettings.SingleOrDefaultAsync(s => s.Id == RowId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.DisplayName ?? user.UserName ?? "系统";
        if (row is null)
        {
            if (input.Version != 0)
            {
                return CreditResults.Refused<CreditSchemeView>("信用评价方案已被他人修改，请刷新后重试");
            }
            row = new CreditSchemeSetting { Id = RowId, Json = Write(scheme), UpdatedAt = now, UpdatedByName = by, Version = 1 };
            db.CreditSchemeSettings.Add(row);
        }
        else
        {
            db.Entry(row).Property(s => s.Version).OriginalValue = input.Version;
            row.Json = Write(scheme);
            row.UpdatedAt = now;
            row.UpdatedByName = by;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return CreditResults.Refused<CreditSchemeView>("信用评价方案已被他人修改，请刷新后重试");   // two first saves at once
        }
        return new CreditResult<CreditSchemeView>(new CreditSchemeView(scheme, row.Version, false, row.UpdatedAt, row.UpdatedByName), errors);
    }

    /// <summary>The plain scheme (without the input's version), codes trimmed and upper-cased.</summary>
    private static CreditScheme Normalise(CreditScheme s) => new()
    {
        Grades = s.Grades.Select(g => g with { Code = g.Code.Trim().ToUpperInvariant(), Name = g.Name.Trim() }).ToList(),
        PenaltyTiers = [.. s.PenaltyTiers],
        PenaltyWindowYears = s.PenaltyWindowYears,
        RepeatInfringement = s.RepeatInfringement,
        CriminalReferral = s.CriminalReferral,
        SeriousViolationListingPoints = s.SeriousViolationListingPoints,
        BreachedCommitment = s.BreachedCommitment,
        RefusalToComply = s.RefusalToComply,
        AdjudicationInfringement = s.AdjudicationInfringement,
        Periods = s.Periods,
    };

    private static string Write(CreditScheme scheme) => JsonSerializer.Serialize(scheme, Json);

    private static CreditScheme? Read(string json)
    {
        try
        {
            var scheme = JsonSerializer.Deserialize<CreditScheme>(json, Json);
            return scheme is not null && CreditSchemeValidation.Validate(scheme).Count == 0 ? scheme : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
