using MediatR;
using Microsoft.EntityFrameworkCore;
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

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock)
        : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var displayName = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var profile = await db.ApplicantProfiles.AsNoTracking()
                .Where(p => p.UserId == user.UserId)
                .Select(p => new
                {
                    p.Name,
                    p.BirthDate,
                    p.Phone,
                    Sigungu = db.Sigungus.Where(s => s.Code == p.SigunguCode)
                        .Select(s => new { s.SidoCode, Region = db.Sidos.Where(d => d.Code == s.SidoCode).Select(d => d.Name).First() + " " + s.Name })
                        .First(),
                })
                .SingleOrDefaultAsync(cancellationToken);

            var sido = profile?.Sigungu.SidoCode;
            var programmes = await db.Programmes.AsNoTracking()
                .Where(p => p.Status == OfferStatus.Open && p.ApplyUntil >= today && (p.SidoCode == null || sido == null || p.SidoCode == sido))
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new ProgrammeItem(p.Id, p.Title, p.Agency!.Name, p.Kind, p.ApplyUntil))
                .ToPagedAsync(request.Page, cancellationToken, pageSize: 10);

            var submitted = await db.Cases.WhereActive().AnyAsync(c => c.ApplicantUserId == user.UserId, cancellationToken);
            return new Model(
                displayName,
                profile is null ? null : new Profile(profile.Name, profile.BirthDate, profile.Phone, profile.Sigungu.Region),
                submitted,
                programmes);
        }
    }
}
