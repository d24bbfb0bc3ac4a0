using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>
/// The signed-in person's unread notices, newest first, for the home pages of partners, employers and staff (the
/// applicant's home reads its own with the rest of its page). A partner or employer hears that a referral arrived; a
/// counselor that an applicant marked an offer. One indexed range of <c>Notices (UserId, ReadAt, Id)</c>.
/// </summary>
public static class GetMyNotices
{
    [SentBy]
    public sealed class Query : IQuery<Result<IReadOnlyList<GetApplicantHome.NoticeItem>>>;

    /// <summary>A person's unread notices, newest first, at most <see cref="GetApplicantHome.NoticesShown"/>: one range of <c>Notices (UserId, ReadAt, Id)</c>.</summary>
    internal static async Task<IReadOnlyList<GetApplicantHome.NoticeItem>> UnreadAsync(RestartDbContext db, string? userId, Func<NoticeKind, string?, string> describe, CancellationToken cancellationToken)
    {
        var notices = await db.Notices.AsNoTracking().Where(n => n.UserId == userId && n.ReadAt == null).OrderByDescending(n => n.Id)
            .Take(GetApplicantHome.NoticesShown).Select(n => new { n.Id, n.CreatedAt, n.Kind, n.Arguments }).ToListAsync(cancellationToken);
        return [.. notices.Select(n => new GetApplicantHome.NoticeItem(n.Id, n.CreatedAt, n.Kind, describe(n.Kind, n.Arguments)))];
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<IReadOnlyList<GetApplicantHome.NoticeItem>>>
    {
        public async Task<Result<IReadOnlyList<GetApplicantHome.NoticeItem>>> Handle(Query request, CancellationToken cancellationToken)
        {
            return Result<IReadOnlyList<GetApplicantHome.NoticeItem>>.Ok(await UnreadAsync(db, user.UserId, Describe, cancellationToken));
        }

        /// <summary>
        /// A staff member's home shows an interest mark by case number and offer, not by the person's name: names are
        /// read on the case page, where the view is access-logged; the mail carries the full sentence.
        /// </summary>
        private static string Describe(NoticeKind kind, string? arguments) => kind == NoticeKind.ApplicantInterested
            ? CaseEventText.Describe("NoticeHome.ApplicantInterested", arguments)
            : CaseEventText.Describe(kind, arguments);
    }
}
