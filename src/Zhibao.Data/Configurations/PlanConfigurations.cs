using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Cadence).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Preamble).HasMaxLength(4000);
        b.Property(x => x.GuidingPrinciples).HasMaxLength(8000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.Property(x => x.PublishedByName).HasMaxLength(50);
        // One plan per bureau and year; several bureaus (a city's districts) and several years coexist.
        b.HasIndex(x => new { x.OrgUnitId, x.Year }).IsUnique();
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Scheme).WithOne().HasForeignKey<AppraisalScheme>(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.Property(x => x.Section).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Group).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasIndex(x => new { x.PlanId, x.Section, x.Number });
        b.HasMany(x => x.Measures).WithOne(x => x.Task).HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> b)
    {
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.TimeFrame).HasMaxLength(100);
        b.Property(x => x.Schedule).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Weight).HasPrecision(9, 2);
        b.HasIndex(x => x.ResponsiblePersonId);
        b.HasOne(x => x.ResponsibleUnit).WithMany().HasForeignKey(x => x.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ResponsiblePerson).WithMany().HasForeignKey(x => x.ResponsiblePersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanIndicatorConfiguration : IEntityTypeConfiguration<PlanIndicator>
{
    public void Configure(EntityTypeBuilder<PlanIndicator> b)
    {
        b.Property(x => x.FormulaCode).HasMaxLength(80);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Property(x => x.Comparison).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.Property(x => x.PeriodKey).HasMaxLength(10);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SubmittedByName).HasMaxLength(50);
        b.Property(x => x.ReviewedByName).HasMaxLength(50);
        b.Property(x => x.ReviewComment).HasMaxLength(1000);
        // One report per measure and period; a returned report is corrected in place (the audit log keeps the versions).
        b.HasIndex(x => new { x.MeasureId, x.PeriodKey }).IsUnique();
        b.HasIndex(x => new { x.PlanId, x.Status });
        b.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Figures).WithOne().HasForeignKey(x => x.ProgressReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ProgressReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgressFigureConfiguration : IEntityTypeConfiguration<ProgressFigure>
{
    public void Configure(EntityTypeBuilder<ProgressFigure> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Value).HasPrecision(18, 4);
    }
}

internal sealed class ProgressAttachmentConfiguration : IEntityTypeConfiguration<ProgressAttachment>
{
    public void Configure(EntityTypeBuilder<ProgressAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedByName).HasMaxLength(50);
        b.HasOne(x => x.StoredFile).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppraisalSchemeConfiguration : IEntityTypeConfiguration<AppraisalScheme>
{
    public void Configure(EntityTypeBuilder<AppraisalScheme> b)
    {
        b.Ignore(x => x.Rates);
        b.HasIndex(x => x.PlanId).IsUnique();
        foreach (var name in new[]
        {
            nameof(AppraisalScheme.MetRate), nameof(AppraisalScheme.PartlyRate), nameof(AppraisalScheme.NotMetRate),
            nameof(AppraisalScheme.ModelCaseRecommended), nameof(AppraisalScheme.ModelCaseAdopted),
            nameof(AppraisalScheme.TypicalCaseRecommended), nameof(AppraisalScheme.TypicalCaseAdopted),
            nameof(AppraisalScheme.GuidingCaseRecommended), nameof(AppraisalScheme.GuidingCaseAdopted),
            nameof(AppraisalScheme.DifficultCase), nameof(AppraisalScheme.BonusCap),
        })
        {
            b.Property<decimal>(name).HasPrecision(9, 2);
        }
    }
}

internal sealed class AppraisalBonusConfiguration : IEntityTypeConfiguration<AppraisalBonus>
{
    public void Configure(EntityTypeBuilder<AppraisalBonus> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
        b.HasIndex(x => x.PlanId);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AppraisalAdjustmentConfiguration : IEntityTypeConfiguration<AppraisalAdjustment>
{
    public void Configure(EntityTypeBuilder<AppraisalAdjustment> b)
    {
        b.Property(x => x.Points).HasPrecision(9, 2);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ByName).HasMaxLength(50);
        b.HasIndex(x => x.PlanId);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkSummaryConfiguration : IEntityTypeConfiguration<WorkSummary>
{
    public void Configure(EntityTypeBuilder<WorkSummary> b)
    {
        b.Property(x => x.Period).HasMaxLength(20);
        b.Property(x => x.UpdatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.PlanId, x.Period }).IsUnique();
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Blocks).WithOne().HasForeignKey(x => x.WorkSummaryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkSummaryBlockConfiguration : IEntityTypeConfiguration<WorkSummaryBlock>
{
    public void Configure(EntityTypeBuilder<WorkSummaryBlock> b)
    {
        b.Property(x => x.Key).HasMaxLength(40);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.HasIndex(x => new { x.WorkSummaryId, x.Key }).IsUnique();
    }
}
