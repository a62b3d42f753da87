using Zhibao.Domain.Credit;

namespace Zhibao.Domain.Tests.Credit;

public class CreditSchemeValidationTests
{
    private static readonly CreditScheme Default = CreditScheme.Default;

    private static string Field(CreditScheme scheme) => Assert.Single(CreditSchemeValidation.Validate(scheme)).Field;

    [Fact]
    public void The_default_scheme_is_valid() => Assert.Empty(CreditSchemeValidation.Validate(Default));

    [Fact]
    public void An_empty_scheme_names_every_missing_part()
    {
        var fields = CreditSchemeValidation.Validate(new CreditScheme()).Select(e => e.Field).ToList();

        Assert.Contains("grades", fields);
        Assert.Contains("penaltyTiers", fields);
        Assert.Contains("penaltyWindowYears", fields);
        Assert.Contains("repeatInfringement.windowYears", fields);
        Assert.Contains("periods.listingYears", fields);
    }

    [Fact]
    public void Grades_must_start_at_zero_and_rise()
    {
        Assert.Equal("grades[0].minPoints", Field(Default with { Grades = [Default.Grades[0] with { MinPoints = 1 }, .. Default.Grades.Skip(1).Select(g => g with { MinPoints = g.MinPoints + 1 })] }));
        Assert.Equal("grades[2].minPoints", Field(Default with { Grades = [Default.Grades[0], Default.Grades[1], Default.Grades[2] with { MinPoints = 1 }, Default.Grades[3]] }));
        Assert.Equal("grades[3].code", Field(Default with { Grades = [.. Default.Grades.Take(3), Default.Grades[3] with { Code = "a" }] }));
        Assert.Equal("grades", Field(Default with { Grades = [Default.Grades[0]] }));
    }

    [Fact]
    public void Tiers_must_rise_and_weights_stay_in_range()
    {
        Assert.Equal("penaltyTiers[1].minAmount", Field(Default with { PenaltyTiers = [new(0m, 5), new(0m, 10)] }));
        Assert.Equal("criminalReferral.points", Field(Default with { CriminalReferral = new(1001, 5) }));
        Assert.Equal("refusalToComply.windowYears", Field(Default with { RefusalToComply = new(30, 0) }));
        Assert.Equal("periods.earlyRemovalMonths", Field(Default with { Periods = Default.Periods with { EarlyRemovalMonths = 36 } }));
    }
}
