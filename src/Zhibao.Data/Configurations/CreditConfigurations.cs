using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class SeriousViolationListingConfiguration : IEntityTypeConfiguration<SeriousViolationListing>
{
    public void Configure(EntityTypeBuilder<SeriousViolationListing> b)
    {
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Grounds).HasMaxLength(200);
        b.Property(x => x.HeavierPenalty).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.DecisionNumber).HasMaxLength(80);
        b.HasIndex(x => x.DecisionNumber).IsUnique();
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.RemovalKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RemovalNote).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.PartyId, x.ListedOn });
        b.HasIndex(x => x.ListedOn);
    }
}

internal sealed class JointPunishmentConfiguration : IEntityTypeConfiguration<JointPunishment>
{
    public void Configure(EntityTypeBuilder<JointPunishment> b)
    {
        b.HasOne(x => x.Listing).WithMany(l => l.JointPunishments).HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ImplementingUnit).WithMany().HasForeignKey(x => x.ImplementingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Measure).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
    }
}

internal sealed class CreditRepairApplicationConfiguration : IEntityTypeConfiguration<CreditRepairApplication>
{
    public void Configure(EntityTypeBuilder<CreditRepairApplication> b)
    {
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Listing).WithMany().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PenaltyCase).WithMany().HasForeignKey(x => x.PenaltyCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.Property(x => x.DecidedByName).HasMaxLength(50);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.PartyId, x.AppliedOn });
    }
}

internal sealed class CreditSchemeSettingConfiguration : IEntityTypeConfiguration<CreditSchemeSetting>
{
    public void Configure(EntityTypeBuilder<CreditSchemeSetting> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UpdatedByName).HasMaxLength(50);
    }
}
