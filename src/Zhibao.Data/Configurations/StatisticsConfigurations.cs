using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class CaseMonthStatConfiguration : IEntityTypeConfiguration<CaseMonthStat>
{
    public void Configure(EntityTypeBuilder<CaseMonthStat> b)
    {
        b.ToTable("CaseMonthStats");
        // The statistics read a period across units (Month first), the recomputation one unit's month (the key).
        b.HasKey(x => new { x.OrgUnitId, x.Month, x.Kind });
        b.HasIndex(x => x.Month);
        StatBucket.Configure(b);
    }
}

internal sealed class CaseDayStatConfiguration : IEntityTypeConfiguration<CaseDayStat>
{
    public void Configure(EntityTypeBuilder<CaseDayStat> b)
    {
        b.ToTable("CaseDayStats");
        b.HasKey(x => new { x.OrgUnitId, x.Day, x.Kind });
        b.HasIndex(x => x.Day);
        StatBucket.Configure(b);
    }
}

/// <summary>
/// The indexes the recomputation of one unit's month reads the cases through (ADR 0008): by unit and filing or closing
/// date, and the mediation and referral dates that are counted.
/// </summary>
internal sealed class CaseStatisticsIndexes : IEntityTypeConfiguration<Case>, IEntityTypeConfiguration<MediationCase>, IEntityTypeConfiguration<CriminalReferral>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.HasIndex(x => new { x.OrgUnitId, x.FiledOn });
        b.HasIndex(x => new { x.OrgUnitId, x.ClosedOn });
    }

    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        b.HasIndex(x => x.AgreementSignedOn);
        b.HasIndex(x => x.CourtRuledOn);
    }

    public void Configure(EntityTypeBuilder<CriminalReferral> b) => b.HasIndex(x => x.TransferredAt);
}

internal static class StatBucket
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : CaseStatBucket
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CaseValue).HasPrecision(18, 2);
        b.Property(x => x.Fines).HasPrecision(18, 2);
        b.Property(x => x.Confiscations).HasPrecision(18, 2);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
