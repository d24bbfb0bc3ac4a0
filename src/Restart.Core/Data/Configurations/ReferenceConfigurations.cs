using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class SidoConfiguration : IEntityTypeConfiguration<Sido>
{
    public void Configure(EntityTypeBuilder<Sido> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(50);
    }
}

internal sealed class SigunguConfiguration : IEntityTypeConfiguration<Sigungu>
{
    public void Configure(EntityTypeBuilder<Sigungu> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.ParentCode).HasMaxLength(5);
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        // The region picker lists a 시·도's 시·군·구 by name.
        b.HasIndex(x => new { x.SidoCode, x.Name });
    }
}

internal sealed class IndustryClassConfiguration : IEntityTypeConfiguration<IndustryClass>
{
    public void Configure(EntityTypeBuilder<IndustryClass> b)
    {
        b.HasKey(x => new { x.Revision, x.Code });
        b.Property(x => x.Revision).HasMaxLength(10);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.NameKo).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.ParentCode).HasMaxLength(5);
        // Pickers walk the tree: children of a parent, in code order.
        b.HasIndex(x => new { x.Revision, x.ParentCode, x.Code });
    }
}

internal sealed class OccupationClassConfiguration : IEntityTypeConfiguration<OccupationClass>
{
    public void Configure(EntityTypeBuilder<OccupationClass> b)
    {
        b.HasKey(x => new { x.Revision, x.Code });
        b.Property(x => x.Revision).HasMaxLength(10);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ParentCode).HasMaxLength(5);
        b.HasIndex(x => new { x.Revision, x.ParentCode, x.Code });
    }
}

internal sealed class ReferenceDataSetConfiguration : IEntityTypeConfiguration<ReferenceDataSet>
{
    public void Configure(EntityTypeBuilder<ReferenceDataSet> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Revision).HasMaxLength(50);
        b.Property(x => x.Publisher).HasMaxLength(100);
    }
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(1);
        b.Property(x => x.Series).HasMaxLength(50);
        // The picker lists qualifications by name.
        b.HasIndex(x => x.Name);
    }
}

internal sealed class MinimumWageConfiguration : IEntityTypeConfiguration<MinimumWage>
{
    public void Configure(EntityTypeBuilder<MinimumWage> b)
    {
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }
}
