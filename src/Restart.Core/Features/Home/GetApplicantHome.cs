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

    public sealed record Model(string DisplayName, Profile? Profile, bool HasSubmittedCase, Paged<ProgrammeItem> OpenProgrammes);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, IMemoryCache cache)
        : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var displayName = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            // Joins, not nested First(): those number every 시·군·구 (ROW_NUMBER) on each view.
            var profile = await (
                from p in db.ApplicantProfiles.AsNoTracking()
                join s in db.Sigungus on p.SigunguCode equals s.Code
                join d in db.Sidos on s.SidoCode equals d.Code
                where p.UserId == user.UserId
                select new { p.Name, p.BirthDate, p.Phone, s.SidoCode, Region = d.Name + " " + s.Name })
                .SingleOrDefaultAsync(cancellationToken);

            var sido = profile?.SidoCode;
            // The first page is the same for everyone in a 시·도 and public: kept for a minute rather than
            // counted on every view. Later pages (any number can be typed) are read as asked.
            var open = db.Programmes.AsNoTracking()
                .Where(p => p.Status == OfferStatus.Open && p.ApplyUntil >= today && (p.SidoCode == null || sido == null || p.SidoCode == sido))
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new ProgrammeItem(p.Id, p.Title, p.Agency!.Name, p.Kind, p.ApplyUntil));
            var programmes = request.Page > 1
                ? await open.ToPagedAsync(request.Page, cancellationToken, pageSize: 10)
                : (await cache.GetOrCreateAsync((nameof(GetApplicantHome), sido, today), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                    return open.ToPagedAsync(1, cancellationToken, pageSize: 10);
                }))!;

            var submitted = await db.Cases.WhereActive().AnyAsync(c => c.ApplicantUserId == user.UserId, cancellationToken);
            return new Model(
                displayName,
                profile is null ? null : new Profile(profile.Name, profile.BirthDate, profile.Phone, profile.Region),
                submitted,
                programmes);
        }
    }
}
