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
    public DbSet<RegistryImport> RegistryImports => Set<RegistryImport>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();

    /// <summary>
    /// Bulk import mode (ADR 0007): saves still bump <see cref="IVersioned.Version"/>, but write no operation-log row per
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
