using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Code).HasMaxLength(50);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Path).HasMaxLength(400);
        b.HasIndex(x => x.Path);
        b.Property(x => x.Contact).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(50);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.Property(x => x.Description).HasMaxLength(200);
        b.Property(x => x.DataScope).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class DictionaryTypeConfiguration : IEntityTypeConfiguration<DictionaryType>
{
    public void Configure(EntityTypeBuilder<DictionaryType> b)
    {
        b.Property(x => x.Code).HasMaxLength(50);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Remark).HasMaxLength(500);
        b.HasMany(x => x.Items).WithOne(x => x.DictionaryType).HasForeignKey(x => x.DictionaryTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> b)
    {
        b.Property(x => x.Value).HasMaxLength(50);
        b.Property(x => x.Label).HasMaxLength(100);
        b.HasIndex(x => new { x.DictionaryTypeId, x.Value }).IsUnique();
    }
}

internal sealed class SystemSettingConfiguration : IEntityTypeConfiguration<SystemSetting>
{
    public void Configure(EntityTypeBuilder<SystemSetting> b)
    {
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(100);
        b.Property(x => x.Value).HasMaxLength(2000);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.ValueType).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class CalendarDayRecordConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> b)
    {
        b.HasKey(x => x.Date);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(50);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.LoadedBy).HasMaxLength(50);
        b.Property(x => x.Source).HasMaxLength(200);
    }
}

internal sealed class OperationLogConfiguration : IEntityTypeConfiguration<OperationLog>
{
    public void Configure(EntityTypeBuilder<OperationLog> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(10);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityKey).HasMaxLength(100);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityKey });
    }
}

internal sealed class SignInLogConfiguration : IEntityTypeConfiguration<SignInLog>
{
    public void Configure(EntityTypeBuilder<SignInLog> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Result).HasMaxLength(50);
        b.Property(x => x.Channel).HasMaxLength(10);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(500);
        b.HasIndex(x => x.At);
    }
}
