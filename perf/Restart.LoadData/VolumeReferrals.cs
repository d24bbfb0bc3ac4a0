using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.LoadData;

/// <summary>Referrals of submitted cases to the demo partner's programmes and the demo employer's posts, so their lists page through thousands.</summary>
internal static class VolumeReferrals
{
    // Each referral moved along one path the lifecycle allows (ReferralLifecycle), so its steps and stage times are the app's own.
    private static readonly ReferralStatus[][] ProgrammePaths =
    [
        [ReferralStatus.Referred], [ReferralStatus.Referred, ReferralStatus.Accepted], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Completed],
        [ReferralStatus.Referred, ReferralStatus.Declined], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Dropped],
    ];

    private static readonly ReferralStatus[][] JobPaths =
    [
        [ReferralStatus.Referred], [ReferralStatus.Referred, ReferralStatus.Accepted], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview],
        [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview, ReferralStatus.Hired], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.NotHired],
    ];

    public static async Task AddAsync(RestartDbContext db, Guid agency, Guid company, int perOrganisation, DateTime now)
    {
        // Cases the demo data referred already are left out: one active referral a case and offer.
        var cases = await db.Cases.AsNoTracking().Where(c => c.Number != null && c.RegionalOfficeId != null && !db.Referrals.Any(r => r.CaseId == c.Id))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ApplicantUserId, Office = c.RegionalOfficeId!.Value }).Take(perOrganisation * 2).ToListAsync();
        var programmes = await db.Programmes.Where(p => p.AgencyId == agency).Select(p => p.Id).ToListAsync();
        var posts = await db.JobPosts.Where(j => j.CompanyId == company).Select(j => j.Id).ToListAsync();
        // Referred and later steps hold a place (ADR 0019): room enough for the volume, or the saves are refused as full.
        await db.Programmes.Where(p => p.AgencyId == agency).ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, perOrganisation * 2));
        await db.JobPosts.Where(j => j.CompanyId == company).ExecuteUpdateAsync(s => s.SetProperty(j => j.Openings, perOrganisation * 2));
        var random = new Random(9);
        for (var i = 0; i < cases.Count; i++)
        {
            var toJob = i % 2 == 1;
            var at = now.AddMinutes(-random.Next(0, 200_000));
            var referral = new Referral
            {
                CaseId = cases[i].Id,
                ApplicantUserId = cases[i].ApplicantUserId,
                RegionalOfficeId = cases[i].Office,
                ProgrammeId = toJob ? null : programmes[random.Next(programmes.Count)],
                AgencyId = toJob ? null : agency,
                JobPostId = toJob ? posts[random.Next(posts.Count)] : null,
                CompanyId = toJob ? company : null,
                Status = ReferralStatus.Suggested,
                ApplicantAcceptedAt = random.Next(2) == 0 ? at : null,
                CreatedAt = at.AddDays(-3),
                CreatedByUserId = "volume",
                UpdatedAt = at.AddDays(-3),
            };
            var path = toJob ? JobPaths[random.Next(JobPaths.Length)] : ProgrammePaths[random.Next(ProgrammePaths.Length)];
            for (var step = 0; step < path.Length; step++)
            {
                referral.MoveTo(path[step], "volume", at.AddDays(-3 + (3.0 * step / path.Length)));
            }

            db.Referrals.Add(referral);
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
