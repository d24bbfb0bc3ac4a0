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
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.OtherConditions).HasMaxLength(1000);
        b.Property(x => x.InterestRate).HasPrecision(5, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Regions).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Company>().WithMany().HasForeignKey(x => x.PartnerCompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PilotProject>().WithMany().HasForeignKey(x => x.PilotProjectId).OnDelete(DeleteBehavior.SetNull);
        // A partner's own programmes, by status, soonest deadline first.
        b.HasIndex(x => new { x.AgencyId, x.Status, x.ApplyUntil });
        // The public list: open programmes, soonest deadline first (kind filters the same range).
        b.HasIndex(x => new { x.Status, x.ApplyUntil, x.Kind });
        b.HasIndex(x => x.PilotProjectId);
    }
}

internal sealed class JobPostConfiguration : IEntityTypeConfiguration<JobPost>
{
    public void Configure(EntityTypeBuilder<JobPost> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.OccupationCode).HasMaxLength(5);
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.Skills).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Company).WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Qualifications).WithOne().HasForeignKey(x => x.JobPostId).OnDelete(DeleteBehavior.Cascade);
        // An employer's own posts, by status, soonest closing first.
        b.HasIndex(x => new { x.CompanyId, x.Status, x.ClosesOn });
        // Open posts of a 시·군·구, soonest closing first.
        b.HasIndex(x => new { x.Status, x.SigunguCode, x.ClosesOn });
        // The public list and matching by 시·도 and by occupation, soonest closing first.
        b.HasIndex(x => new { x.Status, x.SidoCode, x.ClosesOn });
        b.HasIndex(x => new { x.Status, x.OccupationCode, x.ClosesOn });
        b.HasIndex(x => new { x.Status, x.ClosesOn });
    }
}

internal sealed class ProgrammeRegionConfiguration : IEntityTypeConfiguration<ProgrammeRegion>
{
    public void Configure(EntityTypeBuilder<ProgrammeRegion> b)
    {
        b.HasKey(x => new { x.ProgrammeId, x.SidoCode });
        b.Property(x => x.SidoCode).HasMaxLength(2);
        b.HasOne<Sido>().WithMany().HasForeignKey(x => x.SidoCode).OnDelete(DeleteBehavior.Restrict);
        // Programmes serving a 시·도.
        b.HasIndex(x => new { x.SidoCode, x.ProgrammeId });
    }
}

internal sealed class JobPostQualificationConfiguration : IEntityTypeConfiguration<JobPostQualification>
{
    public void Configure(EntityTypeBuilder<JobPostQualification> b)
    {
        b.HasKey(x => new { x.JobPostId, x.QualificationCode });
        b.Property(x => x.QualificationCode).HasMaxLength(10);
        b.HasOne<Qualification>().WithMany().HasForeignKey(x => x.QualificationCode).OnDelete(DeleteBehavior.Restrict);
        // Posts asking for a qualification (matching's gap analysis).
        b.HasIndex(x => new { x.QualificationCode, x.JobPostId });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.ApplicantUserId).HasMaxLength(450);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JobPost>().WithMany().HasForeignKey(x => x.JobPostId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Cascade);
        // A partner's or an employer's referrals, by status, latest first.
        b.HasIndex(x => new { x.AgencyId, x.Status, x.UpdatedAt });
        b.HasIndex(x => new { x.CompanyId, x.Status, x.UpdatedAt });
        // All statuses at once, latest first: a page reads its rows and stops (measured: 90 → see docs/performance.md).
        b.HasIndex(x => new { x.AgencyId, x.UpdatedAt });
        b.HasIndex(x => new { x.CompanyId, x.UpdatedAt });
        // The outcome reports of a partner, an employer and a council (ADR 0026): the referrals made to them in a period.
        b.HasIndex(x => new { x.AgencyId, x.CreatedAt });
        b.HasIndex(x => new { x.CompanyId, x.CreatedAt });
        // The office report's partners, totals and programmes: the office's referrals made in the period, grouped by offer and
        // status with their stages counted (ReferralFunnel). Every column the count reads is in the index, so a year of a large
        // office is read from the index alone (53,000 referrals: 160 → 80 ms on SQLite, docs/performance.md).
        b.HasIndex(x => new { x.RegionalOfficeId, x.CreatedAt, x.ReferredAt, x.Status, x.AgencyId, x.ProgrammeId, x.CompanyId, x.JobPostId, x.AcceptedAt, x.InterviewRecordedAt })
            .HasDatabaseName("IX_Referrals_OfficeFunnel");
        // Places taken per programme and openings filled per post.
        b.HasIndex(x => new { x.ProgrammeId, x.Status });
        b.HasIndex(x => new { x.JobPostId, x.Status });
        b.HasIndex(x => new { x.CaseId, x.CreatedAt });
        // No second referral of a case to the same offer while one is going on (Suggested, Referred, Accepted,
        // Interview), even when two members of staff refer at once (ADR 0019). "IS NOT NULL" also keeps SQL
        // Server, whose unique indexes count NULLs as equal, from treating every job referral of a case as one.
        b.HasIndex(x => new { x.CaseId, x.ProgrammeId }).IsUnique()
            .HasFilter("\"Status\" <= 4 AND \"Status\" <> 3 AND \"ProgrammeId\" IS NOT NULL").HasDatabaseName("IX_Referrals_OneActivePerProgramme");
        b.HasIndex(x => new { x.CaseId, x.JobPostId }).IsUnique()
            .HasFilter("\"Status\" <= 4 AND \"Status\" <> 3 AND \"JobPostId\" IS NOT NULL").HasDatabaseName("IX_Referrals_OneActivePerJobPost");
        // The applicant's own referrals, newest first (/My/Referrals).
        b.HasIndex(x => new { x.ApplicantUserId, x.CreatedAt });
    }
}

internal sealed class ReferralStepConfiguration : IEntityTypeConfiguration<ReferralStep>
{
    public void Configure(EntityTypeBuilder<ReferralStep> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.ByUserId).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(500);
        // A referral's history in order. The reports read stages from the referral's own times (ReferredAt …), not from here.
        b.HasIndex(x => new { x.ReferralId, x.At });
    }
}
