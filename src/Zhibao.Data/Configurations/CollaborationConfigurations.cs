using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class JointOperationConfiguration : IEntityTypeConfiguration<JointOperation>
{
    public void Configure(EntityTypeBuilder<JointOperation> b)
    {
        b.ToTable("JointOperations", t => t.HasCheckConstraint("CK_JointOperations_Dates", "\"EndDate\" >= \"StartDate\""));
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.OtherBodies).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.StartDate });
        b.HasIndex(x => new { x.StartDate, x.Id });
        b.HasMany(x => x.Bodies).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JointOperationBodyConfiguration : IEntityTypeConfiguration<JointOperationBody>
{
    public void Configure(EntityTypeBuilder<JointOperationBody> b)
    {
        b.HasIndex(x => new { x.OperationId, x.OrgUnitId }).IsUnique();
        b.HasIndex(x => x.OrgUnitId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointOperationTargetConfiguration : IEntityTypeConfiguration<JointOperationTarget>
{
    public void Configure(EntityTypeBuilder<JointOperationTarget> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Label).HasMaxLength(200);
        b.HasIndex(x => x.OperationId);
        b.HasIndex(x => x.MarketId);
        b.HasIndex(x => x.ProtectedMarkId);
        b.HasOne(x => x.Market).WithMany().HasForeignKey(x => x.MarketId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProtectedMark).WithMany().HasForeignKey(x => x.ProtectedMarkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointOperationTaskConfiguration : IEntityTypeConfiguration<JointOperationTask>
{
    public void Configure(EntityTypeBuilder<JointOperationTask> b)
    {
        b.Property(x => x.Content).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.OperationId, x.SortOrder });
        b.HasIndex(x => x.OwnerUnitId);
        b.HasOne(x => x.OwnerUnit).WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointOperationResultConfiguration : IEntityTypeConfiguration<JointOperationResult>
{
    public void Configure(EntityTypeBuilder<JointOperationResult> b)
    {
        b.ToTable("JointOperationResults", t => t.HasCheckConstraint("CK_JointOperationResults_Counts",
            "\"Inspections\" >= 0 AND \"GoodsSeized\" >= 0 AND \"Referrals\" >= 0 AND \"OtherCasesOpened\" >= 0 AND (\"GoodsValue\" IS NULL OR \"GoodsValue\" >= 0)"));
        b.Property(x => x.GoodsValue).HasPrecision(18, 2);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.OperationId, x.ReportedOn });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Cases).WithOne().HasForeignKey(x => x.ResultId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JointOperationCaseConfiguration : IEntityTypeConfiguration<JointOperationCase>
{
    public void Configure(EntityTypeBuilder<JointOperationCase> b)
    {
        // A case counts once per operation.
        b.HasIndex(x => new { x.OperationId, x.CaseId }).IsUnique();
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.ResultId);
        b.HasOne<JointOperation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CollaborationRequestConfiguration : IEntityTypeConfiguration<CollaborationRequest>
{
    public void Configure(EntityTypeBuilder<CollaborationRequest> b)
    {
        b.ToTable("CollaborationRequests", t =>
        {
            t.HasCheckConstraint("CK_CollaborationRequests_Sides", "\"SenderUnitId\" <> \"ReceiverUnitId\"");
            t.HasCheckConstraint("CK_CollaborationRequests_Due", "\"DueOn\" IS NULL OR \"DueOn\" >= \"SentOn\"");
        });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.Reply).HasMaxLength(4000);
        b.Property(x => x.RepliedByName).HasMaxLength(50);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.SenderUnitId, x.SentOn });
        b.HasIndex(x => new { x.ReceiverUnitId, x.SentOn });
        b.HasIndex(x => new { x.SentOn, x.Id });
        b.HasIndex(x => x.CaseId);
        b.HasOne(x => x.SenderUnit).WithMany().HasForeignKey(x => x.SenderUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ReceiverUnit).WithMany().HasForeignKey(x => x.ReceiverUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CollaborationRequestFileConfiguration : IEntityTypeConfiguration<CollaborationRequestFile>
{
    public void Configure(EntityTypeBuilder<CollaborationRequestFile> b)
    {
        UploadedFileRecordConfiguration.Configure(b);
        b.HasIndex(x => new { x.RequestId, x.Id });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntrustmentConfiguration : IEntityTypeConfiguration<Entrustment>
{
    public void Configure(EntityTypeBuilder<Entrustment> b)
    {
        b.ToTable("Entrustments", t =>
        {
            t.HasCheckConstraint("CK_Entrustments_Term", "\"EndOn\" >= \"StartOn\"");
            t.HasCheckConstraint("CK_Entrustments_Subject", "\"CaseId\" IS NOT NULL OR \"TaskTitle\" IS NOT NULL");
        });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TaskTitle).HasMaxLength(200);
        b.Property(x => x.Scope).HasMaxLength(2000);
        b.Property(x => x.Outcome).HasMaxLength(4000);
        b.Property(x => x.RevokedReason).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.OrgUnitId, x.StartOn });
        b.HasIndex(x => new { x.PartnerUnitId, x.Status });
        b.HasIndex(x => new { x.StartOn, x.Id });
        b.HasIndex(x => x.CaseId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PartnerUnit).WithMany().HasForeignKey(x => x.PartnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.EntrustmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.EntrustmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntrustmentFileConfiguration : IEntityTypeConfiguration<EntrustmentFile>
{
    public void Configure(EntityTypeBuilder<EntrustmentFile> b)
    {
        UploadedFileRecordConfiguration.Configure(b);
        b.HasIndex(x => new { x.EntrustmentId, x.Id });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntrustmentResultConfiguration : IEntityTypeConfiguration<EntrustmentResult>
{
    public void Configure(EntityTypeBuilder<EntrustmentResult> b)
    {
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.EntrustmentId, x.Id });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.OtherBodies).HasMaxLength(500);
        b.Property(x => x.Decisions).HasMaxLength(4000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.OrgUnitId, x.HeldOn });
        b.HasIndex(x => new { x.HeldOn, x.Id });
        b.HasIndex(x => x.OperationId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Operation).WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Bodies).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.FollowUps).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoordinationMeetingBodyConfiguration : IEntityTypeConfiguration<CoordinationMeetingBody>
{
    public void Configure(EntityTypeBuilder<CoordinationMeetingBody> b)
    {
        b.HasIndex(x => new { x.MeetingId, x.OrgUnitId }).IsUnique();
        b.HasIndex(x => x.OrgUnitId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingFollowUpConfiguration : IEntityTypeConfiguration<MeetingFollowUp>
{
    public void Configure(EntityTypeBuilder<MeetingFollowUp> b)
    {
        b.Property(x => x.Content).HasMaxLength(1000);
        b.Property(x => x.OwnerName).HasMaxLength(50);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.MeetingId, x.SortOrder });
        b.HasIndex(x => new { x.OwnerUnitId, x.DueOn });
        b.HasOne(x => x.OwnerUnit).WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
