using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class RegistryImportConfiguration : IEntityTypeConfiguration<RegistryImport>
{
    public void Configure(EntityTypeBuilder<RegistryImport> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Registry).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.UserName).HasMaxLength(50);
        b.Property(x => x.VisibleUnitIds).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Error).HasMaxLength(1000);
        b.HasIndex(x => new { x.Status, x.ExpiresAt });
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Organiser).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Hours).HasPrecision(5, 1);
        b.HasIndex(x => x.HeldOn);
        b.HasMany(x => x.Attendees).WithOne(x => x.TrainingSession).HasForeignKey(x => x.TrainingSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> b)
    {
        b.Property(x => x.HoursCredited).HasPrecision(5, 1);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.HasIndex(x => new { x.TrainingSessionId, x.OfficerId }).IsUnique();
        b.HasIndex(x => x.OfficerId);
        b.HasOne(x => x.Officer).WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
