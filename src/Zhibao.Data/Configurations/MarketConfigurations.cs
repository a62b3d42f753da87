using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.OperatorName).HasMaxLength(200);
        b.Property(x => x.OperatorUscc).HasMaxLength(18);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Area).HasMaxLength(50);
        b.Property(x => x.Contact).HasMaxLength(50);
        b.Property(x => x.Phone).HasMaxLength(50);
        b.Property(x => x.Remark).HasMaxLength(2000);
        b.Property(x => x.EntryCommitmentStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AdvanceCompensationStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CounterfeitExitStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CompensationFund).HasPrecision(18, 2);
        b.HasOne(x => x.OperatorParty).WithMany().HasForeignKey(x => x.OperatorPartyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.Id });
        b.HasMany(x => x.Inspections).WithOne().HasForeignKey(x => x.MarketId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.CompensationClaims).WithOne().HasForeignKey(x => x.MarketId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Removals).WithOne().HasForeignKey(x => x.MarketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MarketInspectionConfiguration : IEntityTypeConfiguration<MarketInspection>
{
    public void Configure(EntityTypeBuilder<MarketInspection> b)
    {
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Inspectors).HasMaxLength(200);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.MarketId, x.InspectedOn });
    }
}

internal sealed class MarketCompensationClaimConfiguration : IEntityTypeConfiguration<MarketCompensationClaim>
{
    public void Configure(EntityTypeBuilder<MarketCompensationClaim> b)
    {
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Claimant).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.MarketId, x.PaidOn });
    }
}

internal sealed class MarketRemovalConfiguration : IEntityTypeConfiguration<MarketRemoval>
{
    public void Configure(EntityTypeBuilder<MarketRemoval> b)
    {
        b.Property(x => x.StallHolder).HasMaxLength(200);
        b.Property(x => x.StallNumber).HasMaxLength(50);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.MarketId, x.RemovedOn });
    }
}
