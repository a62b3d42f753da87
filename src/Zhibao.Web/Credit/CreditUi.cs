using Zhibao.Domain.Credit;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Credit;

/// <summary>Small helpers the credit pages share: dates for the pickers, tag colours, form status.</summary>
internal static class CreditUi
{
    public static DateOnly? Day(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    public static DateTime? Picker(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    public static string D(DateOnly? day) => day is { } d ? CreditText.Date(d) : "—";

    /// <summary>Green for the best grade, red for the worst of the default letters; other codes purple.</summary>
    public static string GradeColor(string grade) => grade.ToUpperInvariant() switch
    {
        "A" => "green",
        "B" => "blue",
        "C" => "orange",
        "D" => "red",
        _ => "purple",
    };

    public static string StatusColor(ListingStatus status) => status switch
    {
        ListingStatus.Listed => "red",
        ListingStatus.DueForRemoval => "orange",
        _ => "default",
    };

    public static AntDesign.FormValidateStatus Status(FieldErrors? errors, string field) =>
        errors?.For(field) is null ? AntDesign.FormValidateStatus.Default : AntDesign.FormValidateStatus.Error;
}
