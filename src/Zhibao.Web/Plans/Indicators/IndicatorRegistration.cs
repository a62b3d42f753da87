namespace Zhibao.Web.Plans.Indicators;

public static class IndicatorRegistration
{
    /// <summary>
    /// Every formula the plan can bind. The "数据源未接入" placeholders come last: to wire a source that lands later, replace
    /// the placeholder class with a live formula of the same code (or register one after it: the last registration wins).
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
        // Live: 月报, 规范化市场, 代理机构信用承诺, 宣传（活动、典型案例及推荐、媒体报道）, 培训, 线索, 投诉举报, 协作.
        services.AddIndicatorFormula<MonthlyReportDefectsFormula>();
        services.AddIndicatorFormula<MonthlyReportOnTimeRateFormula>();
        services.AddIndicatorFormula<AgencyCreditCommitmentFormula>();
        services.AddIndicatorFormula<StandardisedMarketsFormula>();
        services.AddIndicatorFormula<ConsumerDayEventsFormula>();
        services.AddIndicatorFormula<IpWeekEventsFormula>();
        services.AddIndicatorFormula<TypicalCasesFormula>();
        services.AddIndicatorFormula<MediaReleasesFormula>();
        services.AddIndicatorFormula<LecturesFormula>();
        services.AddIndicatorFormula<EnterpriseVisitsFormula>();
        services.AddIndicatorFormula<IntegrityEventsFormula>();
        services.AddIndicatorFormula<RecommendedCasesFormula>();
        services.AddIndicatorFormula<AssignedLeadsFormula>();
        services.AddIndicatorFormula<TrainingSessionsFormula>();
        services.AddIndicatorFormula<TrainingHoursFormula>();
        services.AddIndicatorFormula<KeySectorComplaintsFormula>();
        services.AddIndicatorFormula<JointOperationsFormula>();
        services.AddScoped<IndicatorFormulas>();
        return services;
    }

    /// <summary>Registers one formula; found by its code through <see cref="IndicatorFormulas"/>.</summary>
    public static IServiceCollection AddIndicatorFormula<T>(this IServiceCollection services) where T : class, IIndicatorFormula =>
        services.AddScoped<IIndicatorFormula, T>();
}
