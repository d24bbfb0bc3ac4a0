using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Offers;

/// <summary>
/// One open job post as the public sees it, with the company's name, region and industry — never its
/// contact person. A draft, closed or past post, or one of a company not verified, is not found.
/// </summary>
public static class GetOpenJob
{
    [SentByAnyone]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record CompanyInfo(string Name, string Sido, string Sigungu, string? Industry, bool IsAgreementCompany);

    public sealed record Model(
        Guid Id,
        string Title,
        string Description,
        string Occupation,
        string Sido,
        string Sigungu,
        EmploymentType Type,
        WageKind WageKind,
        int WageAmount,
        int MonthlyWage,
        int WeeklyHours,
        ShiftKind Shift,
        IReadOnlyList<string> Qualifications,
        string? Skills,
        int? ExperienceYears,
        int Openings,
        bool MiddleAgedWelcome,
        bool TrainingProvided,
        DateOnly OpensOn,
        DateOnly ClosesOn,
        CompanyInfo Company);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var model = await db.JobPosts.AsNoTracking()
                .Where(j => j.Id == request.Id && j.Status == OfferStatus.Open && j.ClosesOn >= today && j.Company!.VerifiedAt != null)
                .Select(j => new Model(
                    j.Id,
                    j.Title,
                    j.Description,
                    db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).FirstOrDefault() ?? j.OccupationCode,
                    db.Sidos.Where(s => s.Code == j.SidoCode).Select(s => s.Name).First(),
                    db.Sigungus.Where(s => s.Code == j.SigunguCode).Select(s => s.Name).First(),
                    j.EmploymentType,
                    j.WageKind,
                    j.WageAmount,
                    j.MonthlyWage,
                    j.WeeklyHours,
                    j.Shift,
                    j.Qualifications.Join(db.Qualifications, q => q.QualificationCode, x => x.Code, (_, x) => x.Name).OrderBy(n => n).ToList(),
                    j.Skills,
                    j.ExperienceYears,
                    j.Openings,
                    j.MiddleAgedWelcome,
                    j.TrainingProvided,
                    j.OpensOn,
                    j.ClosesOn,
                    new CompanyInfo(
                        j.Company!.Name,
                        db.Sigungus.Where(s => s.Code == j.Company.SigunguCode).Join(db.Sidos, g => g.SidoCode, s => s.Code, (_, s) => s.Name).First(),
                        db.Sigungus.Where(s => s.Code == j.Company.SigunguCode).Select(s => s.Name).First(),
                        db.Industries.Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == j.Company.IndustryCode).Select(i => i.NameKo).FirstOrDefault(),
                        j.Company.IsAgreementCompany)))
                .SingleOrDefaultAsync(cancellationToken);
            return model is null ? Result<Model>.NotFound() : model;
        }
    }
}
