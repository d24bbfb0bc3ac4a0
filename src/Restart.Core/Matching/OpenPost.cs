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
        var open = db.JobPosts.AsNoTracking().Where(j => j.Status == OfferStatus.Open && j.ClosesOn >= today && j.Company!.VerifiedAt != null);
        // A few posts by id: primary-key lookups only (a filter on status or deadline beside the ids lets SQLite
        // pick the (Status, ClosesOn) range and read every open post); the hard filters are checked on the rows.
        var posts = ids is null ? open : db.JobPosts.AsNoTracking().Where(j => ids.Contains(j.Id));
        var rows = (await posts.Select(j => new
        {
            j.Id, j.Title, j.CompanyId, Company = j.Company!.Name, Verified = j.Company.VerifiedAt != null, j.Status, j.OccupationCode, j.SidoCode, j.SigunguCode,
            j.MonthlyWage, j.WeeklyHours, j.ExperienceYears, j.ClosesOn, j.Openings, j.OpeningsTaken, j.Skills,
        }).ToListAsync(cancellationToken)).Where(r => r.Status == OfferStatus.Open && r.ClosesOn >= today && r.Verified).ToList();

        var qualifications = ids is null
            ? db.JobPostQualifications.AsNoTracking().Where(q => open.Any(j => j.Id == q.JobPostId))
            : db.JobPostQualifications.AsNoTracking().Where(q => ids.Contains(q.JobPostId));
        var required = (await qualifications.Select(q => new { q.JobPostId, q.QualificationCode }).ToListAsync(cancellationToken))
            .GroupBy(q => q.JobPostId).ToDictionary(g => g.Key, g => g.Select(q => q.QualificationCode).Order(StringComparer.Ordinal).ToArray());

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
                Filled = r.OpeningsTaken,
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
