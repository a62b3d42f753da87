using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class ProtectedMarkConfiguration : IEntityTypeConfiguration<ProtectedMark>
{
    public void Configure(EntityTypeBuilder<ProtectedMark> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NaturalKey).HasMaxLength(450);
        b.HasIndex(x => x.NaturalKey).IsUnique();
        b.Property(x => x.RegistrationNumber).HasMaxLength(50);
        b.HasIndex(x => x.RegistrationNumber);
        // Flags stored as their integer, so a tag filter is a bitwise AND in SQL.
        b.Property(x => x.Tags).HasConversion<int>();
        b.Property(x => x.GiCategory).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ProtectedArea).HasMaxLength(500);
        b.HasOne(x => x.OwnerParty).WithMany().HasForeignKey(x => x.OwnerPartyId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.OwnerName).HasMaxLength(200);
        b.Property(x => x.GoodsOrServices).HasMaxLength(1000);
        b.Property(x => x.ContactPerson).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(50);
        b.Property(x => x.ContactEmail).HasMaxLength(100);
        b.Property(x => x.ContactAddress).HasMaxLength(300);
        b.Property(x => x.AuthenticationGuide).HasMaxLength(8000);
        b.Property(x => x.Remark).HasMaxLength(1000);
        b.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.ProtectedMarkId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.AuthorisedUsers).WithOne().HasForeignKey(x => x.ProtectedMarkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProtectedMarkPhotoConfiguration : IEntityTypeConfiguration<ProtectedMarkPhoto>
{
    public void Configure(EntityTypeBuilder<ProtectedMarkPhoto> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Caption).HasMaxLength(200);
        b.Property(x => x.UploadedByName).HasMaxLength(50);
        b.HasOne(x => x.StoredFile).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GiAuthorisedUserConfiguration : IEntityTypeConfiguration<GiAuthorisedUser>
{
    public void Configure(EntityTypeBuilder<GiAuthorisedUser> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.UnifiedSocialCreditCode).HasMaxLength(18);
        b.Property(x => x.AnnouncementNumber).HasMaxLength(100);
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.UnifiedSocialCreditCode).HasMaxLength(18);
        b.HasIndex(x => x.UnifiedSocialCreditCode).IsUnique();
        // NULLs are distinct in a unique index on both providers: only agencies of that kind hold a number.
        b.Property(x => x.PatentLicenceNumber).HasMaxLength(50);
        b.HasIndex(x => x.PatentLicenceNumber).IsUnique();
        b.Property(x => x.TrademarkFilingNumber).HasMaxLength(50);
        b.HasIndex(x => x.TrademarkFilingNumber).IsUnique();
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.ContactPerson).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(50);
        b.Property(x => x.Remark).HasMaxLength(1000);
        b.Ignore(x => x.Kinds);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.IsActive });
        b.HasMany(x => x.Attorneys).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Commitments).WithOne(x => x.Agency).HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Inspections).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyAttorneyConfiguration : IEntityTypeConfiguration<AgencyAttorney>
{
    public void Configure(EntityTypeBuilder<AgencyAttorney> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
    }
}

internal sealed class CreditCommitmentConfiguration : IEntityTypeConfiguration<CreditCommitment>
{
    public void Configure(EntityTypeBuilder<CreditCommitment> b)
    {
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Scope).HasMaxLength(1000);
        b.Property(x => x.Remark).HasMaxLength(1000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.AgencyId, x.Status });
        b.HasMany(x => x.Breaches).WithOne().HasForeignKey(x => x.CreditCommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentBreachConfiguration : IEntityTypeConfiguration<CommitmentBreach>
{
    public void Configure(EntityTypeBuilder<CommitmentBreach> b)
    {
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
    }
}

internal sealed class AgencyInspectionConfiguration : IEntityTypeConfiguration<AgencyInspection>
{
    public void Configure(EntityTypeBuilder<AgencyInspection> b)
    {
        b.Property(x => x.Officers).HasMaxLength(300);
        b.Property(x => x.Findings).HasMaxLength(4000);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FollowUp).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
    }
}

internal sealed class CommitmentSubmissionConfiguration : IEntityTypeConfiguration<CommitmentSubmission>
{
    public void Configure(EntityTypeBuilder<CommitmentSubmission> b)
    {
        b.Property(x => x.Remark).HasMaxLength(1000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasOne(x => x.ReceiverUnit).WithMany().HasForeignKey(x => x.ReceiverUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BureauId, x.SubmittedOn });
    }
}
