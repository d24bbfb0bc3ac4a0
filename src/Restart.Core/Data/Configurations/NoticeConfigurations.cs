using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Arguments).HasMaxLength(400);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // A person's unread notices, newest first (the home page).
        b.HasIndex(x => new { x.UserId, x.ReadAt, x.Id });
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.ToTable("Outbox");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.LastError).HasMaxLength(200);
        b.Property(x => x.DedupKey).HasMaxLength(100);
        b.Property(x => x.Recipient).HasMaxLength(256);
        b.HasOne(x => x.Notice).WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        // What is due: unsent mails by the time of their next attempt.
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        b.HasIndex(x => x.DedupKey).IsUnique();
    }
}

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        // Ending every session of an account (a password change or reset).
        b.HasIndex(x => new { x.UserId, x.EndedAt });
    }
}

internal sealed class PasswordThrottleConfiguration : IEntityTypeConfiguration<PasswordThrottle>
{
    public void Configure(EntityTypeBuilder<PasswordThrottle> b)
    {
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(64);
    }
}
