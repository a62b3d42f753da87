using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.HasIndex(x => x.CertificateNumber).IsUnique();
        b.Property(x => x.CertificateIssuer).HasMaxLength(100);
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name);
        b.Property(x => x.UnifiedSocialCreditCode).HasMaxLength(18);
        b.HasIndex(x => x.UnifiedSocialCreditCode).IsUnique();
        b.Property(x => x.ResidentIdNumber).HasMaxLength(18);
        b.HasIndex(x => x.ResidentIdNumber).IsUnique();
        b.Property(x => x.LegalRepresentative).HasMaxLength(50);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Phone).HasMaxLength(50);
        b.Property(x => x.Industry).HasMaxLength(100);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.HasDiscriminator(x => x.Kind).HasValue<PenaltyCase>(CaseKind.Penalty)
            .HasValue<AdjudicationCase>(CaseKind.Adjudication).HasValue<MediationCase>(CaseKind.Mediation);
        // The column keeps its first name (penalty cases' 发现线索日期); every kind's first clock starts there.
        b.Property(x => x.ReceivedOn).HasColumnName("LeadReceivedOn");
        b.HasIndex(x => x.ReceivedOn);
        b.HasIndex(x => x.FiledOn);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CaseNumber).HasMaxLength(80);
        b.HasIndex(x => x.CaseNumber).IsUnique();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Subject).HasMaxLength(50);
        b.Property(x => x.Source).HasMaxLength(50);
        b.Property(x => x.KeySector).HasMaxLength(50);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Status).HasMaxLength(30);
        b.Property(x => x.NextDueName).HasMaxLength(50);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // The list's common shapes: newest first within scope, by status, by unit and status, by deadline. Each ends
        // with Id so a page (ORDER BY Id DESC, however deep) is read from the index alone (CaseList pages through ids).
        b.HasIndex(x => new { x.OrgUnitId, x.Id });
        b.HasIndex(x => new { x.OrgUnitId, x.Status, x.Id });
        b.HasIndex(x => new { x.Status, x.Id });
        b.HasIndex(x => new { x.Kind, x.Status, x.Id });
        b.HasIndex(x => new { x.Status, x.NextDueOn });
        b.HasIndex(x => x.NextDueOn);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Rights).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Pauses).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Approvals).WithOne(x => x.Case).HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Referrals).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PenaltyCaseConfiguration : IEntityTypeConfiguration<PenaltyCase>
{
    public void Configure(EntityTypeBuilder<PenaltyCase> b)
    {
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.DecisionContent).HasMaxLength(4000);
        b.Property(x => x.ServiceMethod).HasMaxLength(30);
        b.Property(x => x.PublicationDuration).HasMaxLength(20);
        b.Property(x => x.HearingOn).HasColumnName("HearingOn");
        b.Property(x => x.PublishedOn).HasColumnName("PublishedOn");
        foreach (var amount in new[] { nameof(PenaltyCase.FineAmount), nameof(PenaltyCase.ConfiscatedAmount), nameof(PenaltyCase.PaidAmount),
                     nameof(PenaltyCase.IllegalBusinessVolume), nameof(PenaltyCase.IllegalIncome), nameof(PenaltyCase.SalesAmount),
                     nameof(PenaltyCase.UnsoldGoodsValue), nameof(PenaltyCase.DirectLoss) })
        {
            b.Property(amount).HasPrecision(18, 2);
        }
    }
}

internal sealed class CasePartyConfiguration : IEntityTypeConfiguration<CaseParty>
{
    public void Configure(EntityTypeBuilder<CaseParty> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.CaseId, x.PartyId, x.Role }).IsUnique();
        b.HasIndex(x => x.PartyId);
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseRightConfiguration : IEntityTypeConfiguration<CaseRight>
{
    public void Configure(EntityTypeBuilder<CaseRight> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Number).HasMaxLength(30);
        b.HasIndex(x => x.Number);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Holder).HasMaxLength(200);
        b.HasOne<ProtectedMark>().WithMany().HasForeignKey(x => x.ProtectedMarkId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CaseOfficerConfiguration : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> b)
    {
        b.HasIndex(x => new { x.CaseId, x.OfficerId }).IsUnique();
        b.HasIndex(x => x.OfficerId);
        b.HasOne(x => x.Officer).WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CasePauseConfiguration : IEntityTypeConfiguration<CasePause>
{
    public void Configure(EntityTypeBuilder<CasePause> b)
    {
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Reason).HasMaxLength(500);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(50);
        b.Property(x => x.Action).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasIndex(x => new { x.CaseId, x.Id });
    }
}

internal sealed class CaseApprovalConfiguration : IEntityTypeConfiguration<CaseApproval>
{
    public void Configure(EntityTypeBuilder<CaseApproval> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Action).HasMaxLength(40);
        b.Property(x => x.RequiredPermission).HasMaxLength(60);
        b.Property(x => x.RequestedByName).HasMaxLength(50);
        b.Property(x => x.DecidedByName).HasMaxLength(50);
        b.Property(x => x.RequestComment).HasMaxLength(1000);
        b.Property(x => x.DecisionComment).HasMaxLength(1000);
        // 待办: the pending approvals of a permission, oldest first, read in index order.
        b.HasIndex(x => new { x.Status, x.RequiredPermission, x.RequestedAt });
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        UploadedFileRecordConfiguration.Configure(b);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.DeletedReason).HasMaxLength(500);
        b.Property(x => x.DeletedByName).HasMaxLength(50);
    }
}

/// <summary>The columns every <see cref="UploadedFileRecord"/> shares; its content is never deleted with it (Restrict).</summary>
internal static class UploadedFileRecordConfiguration
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : UploadedFileRecord
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.UploadedByName).HasMaxLength(50);
        b.HasOne(x => x.StoredFile).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CriminalReferralConfiguration : IEntityTypeConfiguration<CriminalReferral>
{
    public void Configure(EntityTypeBuilder<CriminalReferral> b)
    {
        b.Property(x => x.Status).HasMaxLength(40);
        b.Property(x => x.SuspectedOffence).HasMaxLength(100);
        b.Property(x => x.RefusalReason).HasMaxLength(1000);
        b.Property(x => x.Remark).HasMaxLength(1000);
        b.Property(x => x.FineCredited).HasPrecision(18, 2);
    }
}

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.BureauId, x.Kind, x.Year }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(300);
        b.Property(x => x.DedupKey).HasMaxLength(200);
        b.HasIndex(x => x.DedupKey).IsUnique();
        b.HasIndex(x => new { x.UserId, x.ReadAt });
    }
}

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentTemplate> b)
    {
        b.Property(x => x.Kind).HasMaxLength(40);
        b.HasIndex(x => x.Kind).IsUnique();
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.UploadedByName).HasMaxLength(50);
    }
}

internal sealed class AdjudicationCaseConfiguration : IEntityTypeConfiguration<AdjudicationCase>
{
    public void Configure(EntityTypeBuilder<AdjudicationCase> b)
    {
        // Columns that mean the same in several kinds are shared (one table for every case, TPH).
        b.Property(x => x.PatentNumber).HasColumnName("PatentNumber").HasMaxLength(20);
        b.Property(x => x.PatentKind).HasColumnName("PatentKind").HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.NotFiledReason).HasColumnName("NotFiledReason").HasMaxLength(1000);
        b.Property(x => x.HearingOn).HasColumnName("HearingOn");
        b.Property(x => x.PublishedOn).HasColumnName("PublishedOn");
        b.Property(x => x.PatentTitle).HasMaxLength(200);
        b.Property(x => x.JurisdictionBasis).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.JurisdictionNote).HasMaxLength(500);
        b.Property(x => x.RequesterStanding).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Materials).HasMaxLength(500);
        b.Property(x => x.CorrectionItems).HasMaxLength(2000);
        b.Property(x => x.HearingRecord).HasMaxLength(8000);
        b.Property(x => x.HigherApprovalNumber).HasMaxLength(100);
        b.Property(x => x.Closure).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ClosureContent).HasMaxLength(4000);
        b.Property(x => x.RevocationGround).HasMaxLength(200);
        b.HasIndex(x => x.ClosingDueOn);
    }
}

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        b.Property(x => x.PatentNumber).HasColumnName("PatentNumber").HasMaxLength(20);
        b.Property(x => x.PatentKind).HasColumnName("PatentKind").HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.NotFiledReason).HasColumnName("NotFiledReason").HasMaxLength(1000);
        b.Property(x => x.MediationType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DisputeType).HasMaxLength(50);
        b.Property(x => x.MediatorName).HasMaxLength(100);
        b.Property(x => x.AgreementContent).HasMaxLength(4000);
        b.Property(x => x.AgreedAmount).HasPrecision(18, 2);
        b.Property(x => x.FailureReason).HasMaxLength(1000);
        b.Property(x => x.Confirmation).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CourtName).HasMaxLength(100);
        b.Property(x => x.CourtRulingNumber).HasMaxLength(100);
        b.Property(x => x.CourtRulingNote).HasMaxLength(1000);
        b.HasIndex(x => x.ParentCaseId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.MediatorOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CourtOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.ParentCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sessions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> b)
    {
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.Participants).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(4000);
    }
}
