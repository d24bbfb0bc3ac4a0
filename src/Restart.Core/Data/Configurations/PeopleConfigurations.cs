using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.HasOne(x => x.RegionalOffice).WithMany().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Company).WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        // The administrator's account list: newest first.
        b.HasIndex(x => new { x.CreatedAt, x.Id });
    }
}

internal sealed class ApplicantProfileConfiguration : IEntityTypeConfiguration<ApplicantProfile>
{
    public void Configure(EntityTypeBuilder<ApplicantProfile> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => x.UserId).IsUnique();
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ApplicationUser>().WithOne().HasForeignKey<ApplicantProfile>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("AccessLog");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.ActorUserId).HasMaxLength(450);
        b.Property(x => x.IpAddress).HasMaxLength(45);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Operation).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(200);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(32);
        // Two writers appending after the same entry would fork the chain: the second insert fails instead.
        b.HasIndex(x => x.PreviousHash).IsUnique();
        // "Who looked at this person's data?": one subject's entries, newest first.
        b.HasIndex(x => new { x.Subject, x.Id });
    }
}
