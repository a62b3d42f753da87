using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.NaturalKey).HasMaxLength(200);
        // NULLs are distinct in a unique index on both providers: leads without a key never collide.
        b.HasIndex(x => x.NaturalKey).IsUnique();
        b.Property(x => x.SourceReference).HasMaxLength(100);
        b.Property(x => x.BatchReference).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(50);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.ApplicationNumber).HasMaxLength(30);
        b.HasIndex(x => x.ApplicationNumber);
        b.Property(x => x.OtherNumbers).HasMaxLength(1000);
        b.Property(x => x.RightName).HasMaxLength(200);
        b.Property(x => x.NiceClasses).HasMaxLength(100);
        b.Property(x => x.Applicant).HasMaxLength(200);
        b.Property(x => x.AgencyName).HasMaxLength(200);
        b.Property(x => x.Area).HasMaxLength(50);
        b.Property(x => x.Categories).HasMaxLength(100);
        b.Property(x => x.TransferredTo).HasMaxLength(200);
        b.Property(x => x.CheckNotes).HasMaxLength(2000);
        b.Property(x => x.CheckedByName).HasMaxLength(50);
        b.Property(x => x.ReplyNumber).HasMaxLength(100);
        b.Property(x => x.ReportNotes).HasMaxLength(2000);
        b.HasOne(x => x.SourceUnit).WithMany().HasForeignKey(x => x.SourceUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.TransferredToUnit).WithMany().HasForeignKey(x => x.TransferredToUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AssignedOfficer).WithMany().HasForeignKey(x => x.AssignedOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ApplicantParty).WithMany().HasForeignKey(x => x.ApplicantPartyId).OnDelete(DeleteBehavior.SetNull);
        // One lead per case: the case finds the lead it came from through this index.
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasIndex(x => new { x.OrgUnitId, x.Id });
        b.HasIndex(x => new { x.Kind, x.Status, x.Id });
        b.HasIndex(x => x.ReceivedOn);
        b.HasIndex(x => x.ReplyDueOn);
        b.HasIndex(x => x.AssignedOfficerId);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.Cascade);

        // Intake (ADR 0011).
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.IpSubject).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.KeySector).HasMaxLength(50);
        b.Property(x => x.RespondentName).HasMaxLength(200);
        b.Property(x => x.RespondentKey).HasMaxLength(200);
        b.Property(x => x.MarkKey).HasMaxLength(200);
        b.Property(x => x.DecisionNotes).HasMaxLength(2000);
        b.Property(x => x.MediationOutcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.MediationNotes).HasMaxLength(2000);
        b.Property(x => x.ExtensionReason).HasMaxLength(500);
        b.Property(x => x.ConvertedTo).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DisputeWith).HasMaxLength(200);
        b.Property(x => x.DisputeNotes).HasMaxLength(2000);
        b.Property(x => x.CloseNotes).HasMaxLength(2000);
        b.Property(x => x.NextDueName).HasMaxLength(50);
        b.HasOne(x => x.RespondentParty).WithMany().HasForeignKey(x => x.RespondentPartyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Lead>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MarkKey, x.RespondentKey, x.ReceivedOn });
        b.HasIndex(x => x.NextDueOn);
        b.HasOne(x => x.Informant).WithOne(x => x.Lead).HasForeignKey<LeadInformant>(x => x.LeadId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne(x => x.Lead).HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LeadInformantConfiguration : IEntityTypeConfiguration<LeadInformant>
{
    public void Configure(EntityTypeBuilder<LeadInformant> b)
    {
        b.HasKey(x => x.LeadId);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.IdNumber).HasMaxLength(30);
        b.Property(x => x.Phone).HasMaxLength(50);
        b.Property(x => x.Address).HasMaxLength(200);
    }
}

internal sealed class LeadAttachmentConfiguration : IEntityTypeConfiguration<LeadAttachment>
{
    public void Configure(EntityTypeBuilder<LeadAttachment> b)
    {
        UploadedFileRecordConfiguration.Configure(b);
        b.HasIndex(x => new { x.LeadId, x.Id });
    }
}

internal sealed class LeadEventConfiguration : IEntityTypeConfiguration<LeadEvent>
{
    public void Configure(EntityTypeBuilder<LeadEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(50);
        b.Property(x => x.Action).HasMaxLength(30);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasIndex(x => new { x.LeadId, x.Id });
    }
}
