using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> b)
    {
        b.ToTable("SatisfactionSurveys", t => t.HasCheckConstraint("CK_SatisfactionSurveys_Score", "\"Score\" BETWEEN 1 AND 5"));
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.CaseId, x.Id });
        b.HasIndex(x => x.CreatedAt);
        b.HasIndex(x => x.PartyId);
        b.Property(x => x.PartyName).HasMaxLength(200);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.Property(x => x.CreatedByName).HasMaxLength(50);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
    }
}
