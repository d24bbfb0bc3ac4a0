using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        // A partner's own programmes, by status, soonest deadline first.
        b.HasIndex(x => new { x.AgencyId, x.Status, x.ApplyUntil });
        // Staff and applicants: open programmes of a 시·도, soonest deadline first.
        b.HasIndex(x => new { x.Status, x.SidoCode, x.ApplyUntil });
    }
}

internal sealed class JobPostConfiguration : IEntityTypeConfiguration<JobPost>
{
    public void Configure(EntityTypeBuilder<JobPost> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.OccupationCode).HasMaxLength(5);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Company).WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
        // An employer's own posts, by status, soonest closing first.
        b.HasIndex(x => new { x.CompanyId, x.Status, x.ClosesOn });
        // Open posts of a 시·군·구, soonest closing first.
        b.HasIndex(x => new { x.Status, x.SigunguCode, x.ClosesOn });
    }
}
