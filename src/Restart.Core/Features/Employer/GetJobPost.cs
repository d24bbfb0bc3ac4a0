using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Employer;

/// <summary>One of the employer's own posts, as written, with what may be done with it now.</summary>
public static class GetJobPost
{
    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record Model(
        Guid Id,
        Guid Version,
        string Title,
        string Occupation,
        string Region,
        string Description,
        EmploymentType EmploymentType,
        WageKind WageKind,
        int WageAmount,
        int MonthlyWage,
        int WeeklyHours,
        ShiftKind Shift,
        IReadOnlyList<string> Qualifications,
        string? Skills,
        int? ExperienceYears,
        int Openings,
        int Filled,
        bool MiddleAgedWelcome,
        bool TrainingProvided,
        DateOnly OpensOn,
        DateOnly ClosesOn,
        OfferStatus Status,
        DateTime CreatedAt,
        DateTime? PublishedAt,
        DateTime? ClosedAt,
        bool CompanyVerified)
    {
        public bool CanEdit => Status != OfferStatus.Closed;
        public bool CanPublish => Status == OfferStatus.Draft;
        public bool CanClose => Status == OfferStatus.Open;
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Model>.Forbidden();
            }

            var post = await db.JobPosts.AsNoTracking()
                .Where(j => j.Id == request.Id && j.CompanyId == companyId)
                .Select(j => new Model(
                    j.Id,
                    j.Version,
                    j.Title,
                    j.OccupationCode + " " + db.Occupations
                        .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).FirstOrDefault(),
                    db.Sidos.Where(s => s.Code == j.SidoCode).Select(s => s.Name).First() + " " + db.Sigungus.Where(s => s.Code == j.SigunguCode).Select(s => s.Name).First(),
                    j.Description,
                    j.EmploymentType,
                    j.WageKind,
                    j.WageAmount,
                    j.MonthlyWage,
                    j.WeeklyHours,
                    j.Shift,
                    j.Qualifications.Join(db.Qualifications, p => p.QualificationCode, q => q.Code, (_, q) => q.Name).ToList(),
                    j.Skills,
                    j.ExperienceYears,
                    j.Openings,
                    j.OpeningsTaken,
                    j.MiddleAgedWelcome,
                    j.TrainingProvided,
                    j.OpensOn,
                    j.ClosesOn,
                    j.Status,
                    j.CreatedAt,
                    j.PublishedAt,
                    j.ClosedAt,
                    j.Company!.VerifiedAt != null))
                .SingleOrDefaultAsync(cancellationToken);
            // Another company's post answers as if there were none.
            return post is null ? Result<Model>.NotFound() : post;
        }
    }
}
