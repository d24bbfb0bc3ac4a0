using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class DestructionRecordConfiguration : IEntityTypeConfiguration<DestructionRecord>
{
    public void Configure(EntityTypeBuilder<DestructionRecord> b)
    {
        b.ToTable("DestructionRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.SubjectHash).HasMaxLength(64);
        b.Property(x => x.Rule).HasMaxLength(60);
        // One record per thing destroyed, whichever instance destroyed it: the second one's transaction rolls back.
        b.HasIndex(x => new { x.Kind, x.SubjectHash }).IsUnique().HasFilter("\"SubjectHash\" IS NOT NULL");
        b.HasIndex(x => x.At);
    }
}

internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> b)
    {
        b.ToTable("DeletionRequests");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.RefusalReason).HasMaxLength(500);
        b.Property(x => x.DecidedByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.RegionalOfficeId).OnDelete(DeleteBehavior.Restrict);
        // An office's list of requests by status; the person's own; the held ones the daily job looks at again.
        b.HasIndex(x => new { x.RegionalOfficeId, x.Status, x.RequestedAt });
        b.HasIndex(x => new { x.UserId, x.RequestedAt });
        b.HasIndex(x => new { x.Status, x.HeldUntil });
    }
}
