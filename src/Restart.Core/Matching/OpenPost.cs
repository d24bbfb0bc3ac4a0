using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>An open job post as the engine scores it: the fields of the factors and of a list row.</summary>
public sealed class OpenPost
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public required Guid CompanyId { get; init; }
    public required string CompanyName { get; init; }
    public required string OccupationCode { get; init; }
    public required string SidoCode { get; init; }
    public required string SigunguCode { get; init; }
    public required int MonthlyWage { get; init; }
    public required int WeeklyHours { get; init; }
    public required int ExperienceYears { get; init; }
    public required DateOnly ClosesOn { get; init; }
    public required int Openings { get; init; }
    public int Filled { get; set; }
    public string[] Qualifications { get; set; } = [];
    /// <summary>The skills as written, and each without spaces for looking them up.</summary>
    public required string[] Skills { get; init; }
    public required string[] SkillKeys { get; init; }

    public int OpeningsLeft => OfferPlaces.Left(Openings, Filled);

    /// <summary>Open, not past its deadline, an opening left: the hard filters, before any score.</summary>
    public bool PassesHardFilters(DateOnly today) => ClosesOn >= today && OpeningsLeft > 0;

    /// <summary>
    /// Open posts of verified companies not past <paramref name="today"/>, with their qualifications and openings
    /// filled; <paramref name="ids"/> narrows them to a few (the final check of a ranking).
    /// </summary>
    public static async Task<List<OpenPost>> LoadAsync(RestartDbContext db, DateOnly today, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var posts = db.JobPosts.AsNoTracking().Where(j => j.Status == OfferStatus.Open && j.ClosesOn >= today && j.Company!.VerifiedAt != null);
        if (ids is not null)
        {
            posts = posts.Where(j => ids.Contains(j.Id));
        }

        var rows = await posts.Select(j => new
        {
            j.Id, j.Title, j.CompanyId, Company = j.Company!.Name, j.OccupationCode, j.SidoCode, j.SigunguCode, j.MonthlyWage, j.WeeklyHours,
            j.ExperienceYears, j.ClosesOn, j.Openings, j.Skills,
        }).ToListAsync(cancellationToken);

        var qualifications = db.JobPostQualifications.AsNoTracking().Where(q => posts.Any(j => j.Id == q.JobPostId));
        var filled = db.FillingPostOpenings().Where(r => posts.Any(j => j.Id == r.JobPostId));
        var required = (await qualifications.Select(q => new { q.JobPostId, q.QualificationCode }).ToListAsync(cancellationToken))
            .GroupBy(q => q.JobPostId).ToDictionary(g => g.Key, g => g.Select(q => q.QualificationCode).Order(StringComparer.Ordinal).ToArray());
        var hires = await filled.GroupBy(r => r.JobPostId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, cancellationToken);

        return [.. rows.Select(r =>
        {
            var skills = SplitSkills(r.Skills);
            return new OpenPost
            {
                Id = r.Id,
                Title = r.Title,
                CompanyId = r.CompanyId,
                CompanyName = r.Company,
                OccupationCode = r.OccupationCode,
                SidoCode = r.SidoCode,
                SigunguCode = r.SigunguCode,
                MonthlyWage = r.MonthlyWage,
                WeeklyHours = r.WeeklyHours,
                ExperienceYears = r.ExperienceYears ?? 0,
                ClosesOn = r.ClosesOn,
                Openings = r.Openings,
                Filled = hires.GetValueOrDefault(r.Id),
                Qualifications = required.GetValueOrDefault(r.Id, []),
                Skills = skills,
                SkillKeys = [.. skills.Select(MatchText.Normalize)],
            };
        })];
    }

    /// <summary>An employer writes skills separated by commas (or 、/ ;).</summary>
    public static string[] SplitSkills(string? skills) =>
        string.IsNullOrWhiteSpace(skills) ? [] : [.. skills.Split([',', ';', '/', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => MatchText.Normalize(s).Length > 0).Distinct()];
}
