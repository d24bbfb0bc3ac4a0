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
        b.HasMany(x => x.Districts).WithOne().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionalOfficeDistrictConfiguration : IEntityTypeConfiguration<RegionalOfficeDistrict>
{
    public void Configure(EntityTypeBuilder<RegionalOfficeDistrict> b)
    {
        b.HasKey(x => new { x.RegionalOfficeId, x.SigunguCode });
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        // A 시·군·구 is taken out of its 시·도 office by at most one office.
        b.HasIndex(x => x.SigunguCode).IsUnique();
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
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
        b.Property(x => x.BusinessNumber).HasMaxLength(10);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Website).HasMaxLength(200);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactEmail).HasMaxLength(256);
        b.Property(x => x.ContactPhone).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Regions).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
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
        b.Property(x => x.BusinessNumber).HasMaxLength(10);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.IndustryCode).HasMaxLength(5);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactEmail).HasMaxLength(256);
        b.Property(x => x.VerifiedByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsVerified);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Name);
        // One company per 사업자등록번호 (several null are allowed).
        b.HasIndex(x => x.BusinessNumber).IsUnique();
    }
}

internal sealed class AgencyRegionConfiguration : IEntityTypeConfiguration<AgencyRegion>
{
    public void Configure(EntityTypeBuilder<AgencyRegion> b)
    {
        b.HasKey(x => new { x.AgencyId, x.SidoCode });
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> b)
    {
        b.HasKey(x => new { x.RegionalOfficeId, x.AgencyId });
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.AgencyId);
    }
}

internal sealed class PilotProjectConfiguration : IEntityTypeConfiguration<PilotProject>
{
    public void Configure(EntityTypeBuilder<PilotProject> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.TargetGroup).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.PilotProjectId).OnDelete(DeleteBehavior.Cascade);
        // An office's pilots, latest first.
        b.HasIndex(x => new { x.RegionalOfficeId, x.StartsOn });
    }
}

internal sealed class PilotProjectMemberConfiguration : IEntityTypeConfiguration<PilotProjectMember>
{
    public void Configure(EntityTypeBuilder<PilotProjectMember> b)
    {
        b.HasKey(x => new { x.PilotProjectId, x.AgencyId });
        b.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AgencyId);
    }
}
