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

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<IReadOnlyList<GetApplicantHome.NoticeItem>>>
    {
        public async Task<Result<IReadOnlyList<GetApplicantHome.NoticeItem>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var notices = await db.Notices.AsNoTracking().Where(n => n.UserId == user.UserId && n.ReadAt == null).OrderByDescending(n => n.Id)
                .Take(GetApplicantHome.NoticesShown).Select(n => new { n.Id, n.CreatedAt, n.Kind, n.Arguments }).ToListAsync(cancellationToken);
            return Result<IReadOnlyList<GetApplicantHome.NoticeItem>>.Ok([.. notices.Select(n => new GetApplicantHome.NoticeItem(n.Id, n.CreatedAt, n.Kind, Describe(n.Kind, n.Arguments)))]);
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
