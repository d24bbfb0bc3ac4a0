using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Matching;

namespace Restart.Core.Features.Employer;

/// <summary>
/// An employer publishes a draft post (only once staff have verified the company, and before its deadline) or
/// closes an open one early. Both carry the version the page showed, so a change made meanwhile is not overruled.
/// </summary>
public static class ChangeJobPostStatus
{
    [SentBy(Roles.Employer)]
    public sealed class Publish : ICommand<Result>
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }
    }

    [SentBy(Roles.Employer)]
    public sealed class Close : ICommand<Result>
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }
    }

    /// <summary>The post as its own company changes it, checked against the version the sender saw; null when it is not theirs.</summary>
    private static async Task<JobPost?> OwnPostAsync(RestartDbContext db, ICurrentUser user, Guid id, Guid version, CancellationToken cancellationToken)
    {
        if (user.CompanyId is not { } companyId)
        {
            return null;
        }

        var post = await db.JobPosts.SingleOrDefaultAsync(j => j.Id == id && j.CompanyId == companyId, cancellationToken);
        if (post is not null)
        {
            db.Entry(post).Property(j => j.Version).OriginalValue = version;
        }

        return post;
    }

    internal sealed class PublishHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit after, JobIndex jobs) : IRequestHandler<Publish, Result>
    {
        public async Task<Result> Handle(Publish request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is null)
            {
                return Result.Forbidden();
            }

            var post = await OwnPostAsync(db, user, request.Id, request.Version, cancellationToken);
            if (post is null)
            {
                return Result.NotFound();
            }

            if (post.Status != OfferStatus.Draft)
            {
                return Result.Invalid("", Text.Get("JobPost.NotDraft"));
            }

            if (!await db.Companies.AnyAsync(c => c.Id == post.CompanyId && c.VerifiedAt != null, cancellationToken))
            {
                return Result.Invalid("", Text.Get("JobPost.CompanyNotVerified"));
            }

            if (post.ClosesOn < clock.Today())
            {
                return Result.Invalid("", Text.Get("JobPost.DeadlinePassed"));
            }

            // Saved under last year's minimum, published after the new year's: checked again.
            var minimum = await LegalMinimumWage.InForceAsync(db, clock, cancellationToken);
            if (minimum is not null && !minimum.IsMetBy(post.WageKind, post.WageAmount, post.WeeklyHours))
            {
                return Result.Invalid("", minimum.Refusal(post.WageKind, post.WeeklyHours));
            }

            post.Status = OfferStatus.Open;
            post.PublishedAt = clock.GetUtcNow().UtcDateTime;
            // Matching's index of open posts on this instance picks the post up at once (ADR 0018).
            after.Add(jobs.Invalidate);
            return Result.Ok();
        }
    }

    internal sealed class CloseHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit after, JobIndex jobs) : IRequestHandler<Close, Result>
    {
        public async Task<Result> Handle(Close request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is null)
            {
                return Result.Forbidden();
            }

            var post = await OwnPostAsync(db, user, request.Id, request.Version, cancellationToken);
            if (post is null)
            {
                return Result.NotFound();
            }

            if (post.Status != OfferStatus.Open)
            {
                return Result.Invalid("", Text.Get("JobPost.NotOpen"));
            }

            post.Status = OfferStatus.Closed;
            post.ClosedAt = clock.GetUtcNow().UtcDateTime;
            after.Add(jobs.Invalidate);
            return Result.Ok();
        }
    }
}
