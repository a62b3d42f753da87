using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class NationalReportConfiguration : IEntityTypeConfiguration<NationalReport>
{
    public void Configure(EntityTypeBuilder<NationalReport> b)
    {
        b.ToTable("NationalReports", t => t.HasCheckConstraint("CK_NationalReports_Month", "\"Month\" BETWEEN 1 AND 12"));
        b.HasOne(x => x.Bureau).WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
        // One report per bureau and month: two people preparing at once cannot make two.
        b.HasIndex(x => new { x.BureauId, x.Year, x.Month }).IsUnique();
        b.HasMany(x => x.Versions).WithOne(v => v.Report).HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NationalReportVersionConfiguration : IEntityTypeConfiguration<NationalReportVersion>
{
    public void Configure(EntityTypeBuilder<NationalReportVersion> b)
    {
        b.ToTable("NationalReportVersions");
        b.HasIndex(x => new { x.ReportId, x.Number }).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CorrectionKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CorrectionReason).HasMaxLength(1000);
        b.Property(x => x.CorrectionByName).HasMaxLength(50);
        b.Property(x => x.PreparedByName).HasMaxLength(50);
        b.Property(x => x.CheckedByName).HasMaxLength(50);
        b.Property(x => x.ApprovedByName).HasMaxLength(50);
        b.Property(x => x.SubmittedByName).HasMaxLength(50);
        b.Property(x => x.ReceiptNumber).HasMaxLength(100);
        b.Property(x => x.SnapshotSha256).HasMaxLength(64);
    }
}
