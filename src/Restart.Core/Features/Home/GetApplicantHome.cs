using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>The ex-owner's start page: their own details and the programmes open in their 시·도 (nationwide ones too).</summary>
public static class GetApplicantHome
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Profile(string Name, DateOnly BirthDate, string Phone, string Region);

    public sealed record ProgrammeItem(Guid Id, string Title, string Agency, ProgrammeKind Kind, DateOnly ApplyUntil);

    /// <summary>What the person was told and has not yet marked read, in their language.</summary>
    public sealed record NoticeItem(long Id, DateTime At, NoticeKind Kind, string Text);

    public sealed record Model(string DisplayName, Profile? Profile, bool HasSubmittedCase, Paged<ProgrammeItem> OpenProgrammes, IReadOnlyList<NoticeItem> Notices);

    /// <summary>At most this many unread notices show; older ones wait until these are read.</summary>
    public const int NoticesShown = 10;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, IMemoryCache cache)
        : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            // One statement for the person: name, profile with its region, and whether a case is active. Outer
            // joins, not nested First() (those number every 시·군·구 with ROW_NUMBER on each view).
            var activeCases = db.Cases.WhereActive();
            var me = await (
                from u in db.Users.AsNoTracking()
                join p in db.ApplicantProfiles on u.Id equals p.UserId into profiles
                from p in profiles.DefaultIfEmpty()
                join s in db.Sigungus on p!.SigunguCode equals s.Code into sigungus
                from s in sigungus.DefaultIfEmpty()
                join d in db.Sidos on s!.SidoCode equals d.Code into sidos
                from d in sidos.DefaultIfEmpty()
                where u.Id == user.UserId
                select new
                {
                    u.DisplayName,
                    HasProfile = p != null,
                    p!.Name,
                    BirthDate = (DateOnly?)p.BirthDate,
                    p.Phone,
                    s!.SidoCode,
                    Region = d!.Name + " " + s.Name,
                    Submitted = activeCases.Any(c => c.ApplicantUserId == u.Id),
                })
                .SingleAsync(cancellationToken);

            var sido = me.HasProfile ? me.SidoCode : null;
            // The first page is the same for everyone in a 시·도 and public: kept for a minute rather than
            // counted on every view. Later pages (any number can be typed) are read as asked.
            var open = db.Programmes.AsNoTracking()
                .Where(p => p.Status == OfferStatus.Open && p.ApplyUntil >= today && (sido == null || !p.Regions.Any() || p.Regions.Any(r => r.SidoCode == sido)))
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new ProgrammeItem(p.Id, p.Title, p.Agency!.Name, p.Kind, p.ApplyUntil));
            var programmes = request.Page > 1
                ? await open.ToPagedAsync(request.Page, cancellationToken, pageSize: 10)
                : (await cache.GetOrCreateAsync((nameof(GetApplicantHome), sido, today), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                    return open.ToPagedAsync(1, cancellationToken, pageSize: 10);
                }))!;

            var notices = await GetMyNotices.UnreadAsync(db, user.UserId, CaseEventText.Describe, cancellationToken);
            return new Model(
                me.DisplayName,
                me.HasProfile ? new Profile(me.Name, me.BirthDate!.Value, me.Phone, me.Region) : null,
                me.Submitted,
                programmes,
                notices);
        }
    }
}
