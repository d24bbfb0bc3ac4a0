using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.ApplicantUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.BusinessName).HasMaxLength(100);
        b.Property(x => x.BusinessNumber).HasMaxLength(10);
        b.Property(x => x.IndustryCode).HasMaxLength(5);
        b.Property(x => x.BusinessSigunguCode).HasMaxLength(5);
        b.Property(x => x.ClosureReasonDetail).HasMaxLength(1000);
        b.Property(x => x.CertificatesAndSkills).HasMaxLength(2000);
        b.Property(x => x.CareerHistory).HasMaxLength(4000);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.DesiredOccupations).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.DesiredRegions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One draft per person, whatever two tabs or a double tap send at once.
        b.HasIndex(x => x.ApplicantUserId).IsUnique().HasFilter("\"Status\" = 0").HasDatabaseName("IX_Cases_OneDraftPerApplicant");
        // "My case" and the one-active-case rule: a person's cases by status.
        b.HasIndex(x => new { x.ApplicantUserId, x.Status });
        b.Property(x => x.AssignedCounselorId).HasMaxLength(450);
        b.Property(x => x.PlacedEmployer).HasMaxLength(100);
        b.Property(x => x.FoundedBusinessNumber).HasMaxLength(10);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.AssignedCounselorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseDocument>().WithMany().HasForeignKey(x => x.PlacementEvidenceId).OnDelete(DeleteBehavior.Restrict);
        // The regional queue (/Staff/Cases), one index per way it is read (ADR 0015), the case number breaking
        // ties so a page starts exactly where the last ended: one status by waiting time (and the counts per
        // status); every open status by waiting time; newest applications; a counselor's own cases.
        b.HasIndex(x => new { x.RegionalOfficeId, x.Status, x.StatusChangedAt, x.Number });
        b.HasIndex(x => new { x.RegionalOfficeId, x.StatusChangedAt, x.Number });
        b.HasIndex(x => new { x.RegionalOfficeId, x.SubmittedAt, x.Number });
        b.HasIndex(x => new { x.AssignedCounselorId, x.StatusChangedAt, x.Number });
        // The office report's caseloads (ADR 0026): an office's active cases counted per counselor from the index alone,
        // one range per active status, without reading the case rows (measured: docs/performance.md, "Outcome reports").
        b.HasIndex(x => new { x.RegionalOfficeId, x.Status, x.AssignedCounselorId });
    }
}

internal sealed class CaseDesiredOccupationConfiguration : IEntityTypeConfiguration<CaseDesiredOccupation>
{
    public void Configure(EntityTypeBuilder<CaseDesiredOccupation> b)
    {
        b.ToTable("CaseDesiredOccupations");
        b.HasKey(x => new { x.CaseId, x.Code });
        b.Property(x => x.Code).HasMaxLength(5);
    }
}

internal sealed class CaseDesiredRegionConfiguration : IEntityTypeConfiguration<CaseDesiredRegion>
{
    public void Configure(EntityTypeBuilder<CaseDesiredRegion> b)
    {
        b.ToTable("CaseDesiredRegions");
        b.HasKey(x => new { x.CaseId, x.SigunguCode });
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.SigunguCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.ActorUserId).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.ReasonArguments).HasMaxLength(400);
        b.Property(x => x.Note).HasMaxLength(1000);
        // The timeline of one case, in order.
        b.HasIndex(x => new { x.CaseId, x.Id });
    }
}

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(50);
        b.Property(x => x.UploadedByUserId).HasMaxLength(450);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SupplementRequest>().WithMany().HasForeignKey(x => x.SupplementRequestId).OnDelete(DeleteBehavior.Restrict);
        // A case's documents, in upload order.
        b.HasIndex(x => new { x.CaseId, x.UploadedAt });
    }
}

internal sealed class SupplementRequestConfiguration : IEntityTypeConfiguration<SupplementRequest>
{
    public void Configure(EntityTypeBuilder<SupplementRequest> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Answer).HasMaxLength(2000);
        b.Property(x => x.RequestedByUserId).HasMaxLength(450);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // A case's requests, newest first.
        b.HasIndex(x => new { x.CaseId, x.RequestedAt });
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.TextVersion).HasMaxLength(20);
        b.Property(x => x.IpAddress).HasMaxLength(45);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        // A person's decisions per item, latest last.
        b.HasIndex(x => new { x.UserId, x.Item, x.Id });
    }
}

internal sealed class EligibilityRuleConfiguration : IEntityTypeConfiguration<EligibilityRule>
{
    public void Configure(EntityTypeBuilder<EligibilityRule> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Codes).HasMaxLength(500);
        b.Property(x => x.Source).HasMaxLength(200);
        b.HasIndex(x => new { x.EffectiveFrom, x.Kind });
    }
}
