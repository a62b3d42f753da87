namespace Zhibao.Web.Plans.Indicators;

public static class IndicatorRegistration
{
    /// <summary>
    /// Every formula the plan can bind. The "数据源未接入" placeholders come first in their groups: to wire a source that
    /// lands later, register its formula after these with the same code (or replace the placeholder class).
    /// </summary>
    public static IServiceCollection AddIndicatorFormulas(this IServiceCollection services)
    {
        // Live: registries, cases, mediation, satisfaction.
        services.AddIndicatorFormula<QualifiedOfficersFormula>();
        services.AddIndicatorFormula<AdjudicationBacklogFormula>();
        services.AddIndicatorFormula<OnTimeClosureRateFormula>();
        services.AddIndicatorFormula<CriminalReferralsFormula>();
        services.AddIndicatorFormula<MediationCasesFormula>();
        services.AddIndicatorFormula<JudicialConfirmationsFormula>();
        services.AddIndicatorFormula<SatisfactionRateFormula>();
        services.AddIndicatorFormula<PenaltyCasesFormula>();
        services.AddIndicatorFormula<PenaltyFinesFormula>();
        services.AddIndicatorFormula<AbnormalFilingCasesFormula>();
        services.AddIndicatorFormula<GeographicalIndicationCasesFormula>();
        services.AddIndicatorFormula<AdjudicationClosedFormula>();
        services.AddIndicatorFormula<LocalAdjudicationsFormula>();
        services.AddIndicatorFormula<DifficultCasesFormula>();
        services.AddIndicatorFormula<JointOperationsFormula>();
        // Not connected yet: 月报, 名录（代理机构、商业场所）, 宣传, 投诉举报, 培训.
        services.AddIndicatorFormula<MonthlyReportDefectsFormula>();
        services.AddIndicatorFormula<MonthlyReportOnTimeRateFormula>();
        services.AddIndicatorFormula<AgencyCreditCommitmentFormula>();
        services.AddIndicatorFormula<StandardisedMarketsFormula>();
        services.AddIndicatorFormula<ConsumerDayEventsFormula>();
        services.AddIndicatorFormula<IpWeekEventsFormula>();
        services.AddIndicatorFormula<TypicalCasesFormula>();
        services.AddIndicatorFormula<MediaReleasesFormula>();
        services.AddIndicatorFormula<KeySectorComplaintsFormula>();
        services.AddIndicatorFormula<AssignedLeadsFormula>();
        services.AddIndicatorFormula<TrainingSessionsFormula>();
        services.AddIndicatorFormula<TrainingHoursFormula>();
        services.AddScoped<IndicatorFormulas>();
        return services;
    }

    /// <summary>Registers one formula; found by its code through <see cref="IndicatorFormulas"/>.</summary>
    public static IServiceCollection AddIndicatorFormula<T>(this IServiceCollection services) where T : class, IIndicatorFormula =>
        services.AddScoped<IIndicatorFormula, T>();
}
