using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class PublicityEventConfiguration : IEntityTypeConfiguration<PublicityEvent>
{
    public void Configure(EntityTypeBuilder<PublicityEvent> b)
    {
        b.ToTable("PublicityEvents", t =>
        {
            t.HasCheckConstraint("CK_PublicityEvents_Dates", "\"EndDate\" >= \"StartDate\"");
            t.HasCheckConstraint("CK_PublicityEvents_Counts", "\"AudienceCount\" >= 0 AND \"EnterprisesReached\" >= 0");
        });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.DateNote).HasMaxLength(200);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.Visitors).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrgUnitId, x.StartDate });
        b.HasIndex(x => new { x.StartDate, x.Id });
        b.HasIndex(x => new { x.Type, x.StartDate });
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublicityEventPartnerConfiguration : IEntityTypeConfiguration<PublicityEventPartner>
{
    public void Configure(EntityTypeBuilder<PublicityEventPartner> b)
    {
        b.HasIndex(x => new { x.EventId, x.OrgUnitId }).IsUnique();
        b.HasIndex(x => x.OrgUnitId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicityEventPartyConfiguration : IEntityTypeConfiguration<PublicityEventParty>
{
    public void Configure(EntityTypeBuilder<PublicityEventParty> b)
    {
        b.HasIndex(x => new { x.EventId, x.PartyId }).IsUnique();
        b.HasIndex(x => x.PartyId);
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicityVisitQuestionConfiguration : IEntityTypeConfiguration<PublicityVisitQuestion>
{
    public void Configure(EntityTypeBuilder<PublicityVisitQuestion> b)
    {
        b.Property(x => x.EnterpriseName).HasMaxLength(200);
        b.Property(x => x.Question).HasMaxLength(1000);
        b.Property(x => x.Answer).HasMaxLength(2000);
        b.HasIndex(x => new { x.EventId, x.SortOrder });
        b.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PublicityEventFileConfiguration : IEntityTypeConfiguration<PublicityEventFile>
{
    public void Configure(EntityTypeBuilder<PublicityEventFile> b)
    {
        UploadedFileRecordConfiguration.Configure(b);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.EventId, x.Id });
    }
}

internal sealed class TypicalCaseConfiguration : IEntityTypeConfiguration<TypicalCase>
{
    public void Configure(EntityTypeBuilder<TypicalCase> b)
    {
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        foreach (var block in new[] { nameof(TypicalCase.Facts), nameof(TypicalCase.Handling), nameof(TypicalCase.Result), nameof(TypicalCase.Significance) })
        {
            b.Property(block).HasMaxLength(8000);
        }
        b.Property(x => x.NamingNote).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.Property(x => x.SubmittedByName).HasMaxLength(50);
        b.Property(x => x.ReviewedByName).HasMaxLength(50);
        b.Property(x => x.ReviewComment).HasMaxLength(1000);
        b.Property(x => x.PublishChannel).HasMaxLength(50);
        b.Property(x => x.PublishOutlet).HasMaxLength(100);
        b.Property(x => x.PublishLink).HasMaxLength(500);
        b.Property(x => x.RecommendationKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RecommendationResult).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RecommendationNote).HasMaxLength(1000);
        // One typical case per case: a second draft of the same case is refused (409).
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasIndex(x => new { x.OrgUnitId, x.Id });
        b.HasIndex(x => new { x.Status, x.Id });
        b.HasIndex(x => x.PublishedOn);
        b.HasIndex(x => x.RecommendedOn);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MediaReportConfiguration : IEntityTypeConfiguration<MediaReport>
{
    public void Configure(EntityTypeBuilder<MediaReport> b)
    {
        b.ToTable("MediaReports", t => t.HasCheckConstraint("CK_MediaReports_Views", "\"Views\" IS NULL OR \"Views\" >= 0"));
        b.Property(x => x.Channel).HasMaxLength(50);
        b.Property(x => x.Outlet).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.PublishedOn, x.Id });
        b.HasIndex(x => new { x.OrgUnitId, x.PublishedOn });
        b.HasIndex(x => x.EventId);
        b.HasIndex(x => x.TypicalCaseId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.TypicalCase).WithMany().HasForeignKey(x => x.TypicalCaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
