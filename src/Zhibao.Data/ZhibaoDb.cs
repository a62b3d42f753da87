using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zhibao.Data.Entities;

namespace Zhibao.Data;

public sealed class ZhibaoDb(DbContextOptions<ZhibaoDb> options, IDataScope? scope = null)
    : IdentityDbContext<User, Role, int, IdentityUserClaim<int>, IdentityUserRole<int>, IdentityUserLogin<int>, IdentityRoleClaim<int>, IdentityUserToken<int>>(options),
      IDataProtectionKeyContext
{
    /// <summary>Read by the query filters on every query; EF parameterises it per context instance.</summary>
    public IDataScope Scope { get; } = scope ?? SystemDataScope.Instance;

    internal Auditing.AuditInterceptor.State AuditState { get; } = new();

    internal Statistics.CaseStatisticsInterceptor.State StatisticsState { get; } = new();

    // The query filters read these two context members; EF turns them into parameters per query.
    private bool ScopeSeesAllUnits => Scope.SeesAllUnits;
    private IReadOnlyCollection<int> ScopeUnitIds => Scope.VisibleUnitIds;

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<DictionaryType> DictionaryTypes => Set<DictionaryType>();
    public DbSet<DictionaryItem> DictionaryItems => Set<DictionaryItem>();
    public DbSet<SystemSetting> Settings => Set<SystemSetting>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<OperationLog> OperationLogs => Set<OperationLog>();
    public DbSet<SignInLog> SignInLogs => Set<SignInLog>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<PenaltyCase> PenaltyCases => Set<PenaltyCase>();
    public DbSet<AdjudicationCase> AdjudicationCases => Set<AdjudicationCase>();
    public DbSet<MediationCase> MediationCases => Set<MediationCase>();
    public DbSet<MediationSession> MediationSessions => Set<MediationSession>();
    public DbSet<CaseParty> CaseParties => Set<CaseParty>();
    public DbSet<CaseRight> CaseRights => Set<CaseRight>();
    public DbSet<CaseOfficer> CaseOfficers => Set<CaseOfficer>();
    public DbSet<CasePause> CasePauses => Set<CasePause>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseApproval> CaseApprovals => Set<CaseApproval>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<CriminalReferral> CriminalReferrals => Set<CriminalReferral>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DocumentTemplate> DocumentTemplates => Set<DocumentTemplate>();
    public DbSet<SatisfactionSurvey> SatisfactionSurveys => Set<SatisfactionSurvey>();
    public DbSet<NationalReport> NationalReports => Set<NationalReport>();
    public DbSet<NationalReportVersion> NationalReportVersions => Set<NationalReportVersion>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<LeadEvent> LeadEvents => Set<LeadEvent>();
    public DbSet<LeadInformant> LeadInformants => Set<LeadInformant>();
    public DbSet<LeadAttachment> LeadAttachments => Set<LeadAttachment>();
    public DbSet<Market> Markets => Set<Market>();
    public DbSet<MarketInspection> MarketInspections => Set<MarketInspection>();
    public DbSet<MarketCompensationClaim> MarketCompensationClaims => Set<MarketCompensationClaim>();
    public DbSet<MarketRemoval> MarketRemovals => Set<MarketRemoval>();
    public DbSet<ProtectedMark> ProtectedMarks => Set<ProtectedMark>();
    public DbSet<ProtectedMarkPhoto> ProtectedMarkPhotos => Set<ProtectedMarkPhoto>();
    public DbSet<GiAuthorisedUser> GiAuthorisedUsers => Set<GiAuthorisedUser>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AgencyAttorney> AgencyAttorneys => Set<AgencyAttorney>();
    public DbSet<CreditCommitment> CreditCommitments => Set<CreditCommitment>();
    public DbSet<CommitmentBreach> CommitmentBreaches => Set<CommitmentBreach>();
    public DbSet<AgencyInspection> AgencyInspections => Set<AgencyInspection>();
    public DbSet<CommitmentSubmission> CommitmentSubmissions => Set<CommitmentSubmission>();
    public DbSet<SeriousViolationListing> SeriousViolationListings => Set<SeriousViolationListing>();
    public DbSet<JointPunishment> JointPunishments => Set<JointPunishment>();
    public DbSet<CreditRepairApplication> CreditRepairApplications => Set<CreditRepairApplication>();
    public DbSet<CreditSchemeSetting> CreditSchemeSettings => Set<CreditSchemeSetting>();
    public DbSet<PublicityEvent> PublicityEvents => Set<PublicityEvent>();
    public DbSet<PublicityEventPartner> PublicityEventPartners => Set<PublicityEventPartner>();
    public DbSet<PublicityEventParty> PublicityEventParties => Set<PublicityEventParty>();
    public DbSet<PublicityVisitQuestion> PublicityVisitQuestions => Set<PublicityVisitQuestion>();
    public DbSet<PublicityEventFile> PublicityEventFiles => Set<PublicityEventFile>();
    public DbSet<TypicalCase> TypicalCases => Set<TypicalCase>();
    public DbSet<MediaReport> MediaReports => Set<MediaReport>();
    public DbSet<CaseMonthStat> CaseMonthStats => Set<CaseMonthStat>();
    public DbSet<CaseDayStat> CaseDayStats => Set<CaseDayStat>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();
    public DbSet<PlanIndicator> PlanIndicators => Set<PlanIndicator>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<ProgressFigure> ProgressFigures => Set<ProgressFigure>();
    public DbSet<ProgressAttachment> ProgressAttachments => Set<ProgressAttachment>();
    public DbSet<AppraisalScheme> AppraisalSchemes => Set<AppraisalScheme>();
    public DbSet<AppraisalBonus> AppraisalBonuses => Set<AppraisalBonus>();
    public DbSet<AppraisalAdjustment> AppraisalAdjustments => Set<AppraisalAdjustment>();
    public DbSet<WorkSummary> WorkSummaries => Set<WorkSummary>();
    public DbSet<WorkSummaryBlock> WorkSummaryBlocks => Set<WorkSummaryBlock>();
    public DbSet<RegistryImport> RegistryImports => Set<RegistryImport>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();
    public DbSet<JointOperation> JointOperations => Set<JointOperation>();
    public DbSet<JointOperationBody> JointOperationBodies => Set<JointOperationBody>();
    public DbSet<JointOperationTarget> JointOperationTargets => Set<JointOperationTarget>();
    public DbSet<JointOperationTask> JointOperationTasks => Set<JointOperationTask>();
    public DbSet<JointOperationResult> JointOperationResults => Set<JointOperationResult>();
    public DbSet<JointOperationCase> JointOperationCases => Set<JointOperationCase>();
    public DbSet<CollaborationRequest> CollaborationRequests => Set<CollaborationRequest>();
    public DbSet<CollaborationRequestFile> CollaborationRequestFiles => Set<CollaborationRequestFile>();
    public DbSet<Entrustment> Entrustments => Set<Entrustment>();
    public DbSet<EntrustmentFile> EntrustmentFiles => Set<EntrustmentFile>();
    public DbSet<EntrustmentResult> EntrustmentResults => Set<EntrustmentResult>();
    public DbSet<CoordinationMeeting> CoordinationMeetings => Set<CoordinationMeeting>();
    public DbSet<CoordinationMeetingBody> CoordinationMeetingBodies => Set<CoordinationMeetingBody>();
    public DbSet<MeetingFollowUp> MeetingFollowUps => Set<MeetingFollowUp>();

    /// <summary>
    /// Bulk import mode (ADR 0009): saves still bump <see cref="IVersioned.Version"/>, but write no operation-log row per
    /// entity; the import writes one summary entry itself, in the same transaction (ADR 0002).
    /// </summary>
    public bool SummaryAuditOnly { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZhibaoDb).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }

        // Data scope: one filter per unit-owned entity, so every query is scoped by construction.
        builder.Entity<User>().HasQueryFilter(u => ScopeSeesAllUnits || ScopeUnitIds.Contains(u.OrgUnitId));
        builder.Entity<OperationLog>().HasQueryFilter(l => ScopeSeesAllUnits || ScopeUnitIds.Contains(l.OrgUnitId));
        builder.Entity<Officer>().HasQueryFilter(o => ScopeSeesAllUnits || ScopeUnitIds.Contains(o.OrgUnitId));
        builder.Entity<Case>().HasQueryFilter(c => ScopeSeesAllUnits || ScopeUnitIds.Contains(c.OrgUnitId));
        builder.Entity<CaseApproval>().HasQueryFilter(a => ScopeSeesAllUnits || ScopeUnitIds.Contains(a.OrgUnitId));
        builder.Entity<SatisfactionSurvey>().HasQueryFilter(s => ScopeSeesAllUnits || ScopeUnitIds.Contains(s.Case!.OrgUnitId));
        builder.Entity<Lead>().HasQueryFilter(l => ScopeSeesAllUnits || ScopeUnitIds.Contains(l.OrgUnitId));
        builder.Entity<LeadInformant>().HasQueryFilter(i => ScopeSeesAllUnits || ScopeUnitIds.Contains(i.Lead!.OrgUnitId));
        builder.Entity<LeadAttachment>().HasQueryFilter(a => ScopeSeesAllUnits || ScopeUnitIds.Contains(a.Lead!.OrgUnitId));
        builder.Entity<Market>().HasQueryFilter(m => ScopeSeesAllUnits || ScopeUnitIds.Contains(m.OrgUnitId));
        builder.Entity<SeriousViolationListing>().HasQueryFilter(l => ScopeSeesAllUnits || ScopeUnitIds.Contains(l.OrgUnitId));
        builder.Entity<JointPunishment>().HasQueryFilter(j => ScopeSeesAllUnits || ScopeUnitIds.Contains(j.Listing!.OrgUnitId));
        builder.Entity<CreditRepairApplication>().HasQueryFilter(r => ScopeSeesAllUnits || ScopeUnitIds.Contains(r.OrgUnitId));
        builder.Entity<PublicityEvent>().HasQueryFilter(e => ScopeSeesAllUnits || ScopeUnitIds.Contains(e.OrgUnitId));
        builder.Entity<TypicalCase>().HasQueryFilter(t => ScopeSeesAllUnits || ScopeUnitIds.Contains(t.OrgUnitId));
        builder.Entity<MediaReport>().HasQueryFilter(m => ScopeSeesAllUnits || ScopeUnitIds.Contains(m.OrgUnitId));
        builder.Entity<CaseMonthStat>().HasQueryFilter(s => ScopeSeesAllUnits || ScopeUnitIds.Contains(s.OrgUnitId));
        builder.Entity<CaseDayStat>().HasQueryFilter(s => ScopeSeesAllUnits || ScopeUnitIds.Contains(s.OrgUnitId));
        // A plan belongs to its bureau. Staff of a station read their own bureau's plan too: PlanAccess widens the scope
        // to that one bureau explicitly (三(一) binds every unit), and never to another district's plans.
        builder.Entity<Plan>().HasQueryFilter(p => ScopeSeesAllUnits || ScopeUnitIds.Contains(p.OrgUnitId));
        // Collaboration (ADR 0012): what is shared with a unit is in its scope. A body taking part in an operation or a
        // meeting sees it; both sides of a request see it; the partner of an entrustment sees it until it is revoked. An
        // outside body's users (role 协作单位, scope 本单位) thus see exactly what names their unit, and nothing else.
        builder.Entity<JointOperation>().HasQueryFilter(o => ScopeSeesAllUnits || ScopeUnitIds.Contains(o.OrgUnitId)
            || o.Bodies.Any(b => ScopeUnitIds.Contains(b.OrgUnitId)));
        builder.Entity<CollaborationRequest>().HasQueryFilter(r => ScopeSeesAllUnits || ScopeUnitIds.Contains(r.SenderUnitId)
            || ScopeUnitIds.Contains(r.ReceiverUnitId));
        builder.Entity<Entrustment>().HasQueryFilter(e => ScopeSeesAllUnits || ScopeUnitIds.Contains(e.OrgUnitId)
            || (ScopeUnitIds.Contains(e.PartnerUnitId) && e.Status != Zhibao.Domain.Collaboration.EntrustmentStatus.Revoked));
        builder.Entity<CoordinationMeeting>().HasQueryFilter(m => ScopeSeesAllUnits || ScopeUnitIds.Contains(m.OrgUnitId)
            || m.Bodies.Any(b => ScopeUnitIds.Contains(b.OrgUnitId)));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC; reading them back marks them UTC so Npgsql and the UI agree.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
