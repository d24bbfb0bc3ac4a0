using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class RegionalOfficeConfiguration : IEntityTypeConfiguration<RegionalOffice>
{
    public void Configure(EntityTypeBuilder<RegionalOffice> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Coverage).WithOne().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionalOfficeCoverageConfiguration : IEntityTypeConfiguration<RegionalOfficeCoverage>
{
    public void Configure(EntityTypeBuilder<RegionalOfficeCoverage> b)
    {
        b.HasKey(x => new { x.RegionalOfficeId, x.SidoCode });
        b.Property(x => x.SidoCode).HasMaxLength(2);
        // Each 시·도 is covered by exactly one office: that is where its cases go.
        b.HasIndex(x => x.SidoCode).IsUnique();
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        // Staff list the agencies of their 시·도 by name.
        b.HasIndex(x => new { x.SidoCode, x.Name });
    }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.IndustryCode).HasMaxLength(5);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Name);
    }
}
