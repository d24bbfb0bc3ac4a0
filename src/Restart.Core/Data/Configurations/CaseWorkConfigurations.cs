using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class CasePlanConfiguration : IEntityTypeConfiguration<CasePlan>
{
    public void Configure(EntityTypeBuilder<CasePlan> b)
    {
        b.HasKey(x => x.CaseId);
        b.Property(x => x.Goals).HasMaxLength(2000);
        b.Property(x => x.AgreedByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Case>().WithOne().HasForeignKey<CasePlan>(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseActionItemConfiguration : IEntityTypeConfiguration<CaseActionItem>
{
    public void Configure(EntityTypeBuilder<CaseActionItem> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(200);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CounselingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        // A case's items by due date (the case page); open items by due date (the agenda's overdue list).
        b.HasIndex(x => new { x.CaseId, x.DueOn });
        b.HasIndex(x => new { x.DoneOn, x.DueOn });
    }
}

internal sealed class CounselingSessionConfiguration : IEntityTypeConfiguration<CounselingSession>
{
    public void Configure(EntityTypeBuilder<CounselingSession> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.AuthorUserId).HasMaxLength(450);
        b.Property(x => x.VisitSigunguCode).HasMaxLength(5);
        b.Property(x => x.NeedsFound).HasMaxLength(500);
        b.Property(x => x.IntakeOnSite).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CounselingSession>().WithMany().HasForeignKey(x => x.CorrectsSessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Sigungu>().WithMany().HasForeignKey(x => x.VisitSigunguCode).OnDelete(DeleteBehavior.Restrict);
        // A case's history in order; a counselor's sessions and appointments by date (agenda, visits per counselor).
        b.HasIndex(x => new { x.CaseId, x.HeldAt });
        b.HasIndex(x => new { x.AuthorUserId, x.HeldAt });
        b.HasIndex(x => new { x.AuthorUserId, x.NextAppointmentAt });
        // An office's sessions of one mode in a period (the outreach visits a manager counts).
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OfficeId, x.Mode, x.HeldAt });
    }
}

internal sealed class CaseFollowUpConfiguration : IEntityTypeConfiguration<CaseFollowUp>
{
    public void Configure(EntityTypeBuilder<CaseFollowUp> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.RecordedByUserId).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One follow-up per case and month, whatever two tabs send.
        b.HasIndex(x => new { x.CaseId, x.Month }).IsUnique();
        // Follow-ups due (the agenda): the open ones by date.
        b.HasIndex(x => new { x.RecordedAt, x.DueOn });
        // The office report's 6-month retention: the follow-ups recorded in the period, read from the index alone
        // before their cases are looked up by id, rather than every case of the office probed for a follow-up.
        b.HasIndex(x => new { x.Month, x.RecordedAt, x.CaseId, x.StillWorking });
    }
}

internal sealed class CaseTransferConfiguration : IEntityTypeConfiguration<CaseTransfer>
{
    public void Configure(EntityTypeBuilder<CaseTransfer> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.ByUserId).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.FromOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegionalOffice>().WithMany().HasForeignKey(x => x.ToOfficeId).OnDelete(DeleteBehavior.Restrict);
        // What an office sent elsewhere, newest first.
        b.HasIndex(x => new { x.FromOfficeId, x.Id });
    }
}
