using Microsoft.EntityFrameworkCore;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;

namespace Restart.Core.Data;

/// <summary>Gathers what the eligibility pre-check needs about one case and runs it: the applicant's review page and the staff's case page read it alike.</summary>
public static class CasePreCheck
{
    public sealed record Industry(string NameKo, string? Section);

    /// <summary>The KSIC 11 name of an industry code and its section (the letter the small-business size rule depends on).</summary>
    public static Task<Industry?> IndustryAsync(this RestartDbContext db, string? code, CancellationToken cancellationToken) =>
        code is null
            ? Task.FromResult<Industry?>(null)
            : db.Industries.AsNoTracking()
                .Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == code)
                .Select(i => new Industry(i.NameKo, db.Industries.Where(d => d.Revision == i.Revision && d.Code == i.Code.Substring(0, 2)).Select(d => d.ParentCode).FirstOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);

    public static async Task<IReadOnlyList<RuleOutcome>> EvaluateAsync(this RestartDbContext db, Case theCase, DateOnly? birthDate, Industry? industry, DateOnly today, CancellationToken cancellationToken)
    {
        var documents = await db.CaseDocuments.Where(d => d.CaseId == theCase.Id).Select(d => d.Kind).ToListAsync(cancellationToken);
        var rules = await db.EligibilityRules.AsNoTracking().ToListAsync(cancellationToken);
        // Another case of the same person that still holds their place (one active case per person).
        var otherActive = await db.Cases.WhereActive().AnyAsync(c => c.ApplicantUserId == theCase.ApplicantUserId && c.Id != theCase.Id, cancellationToken);
        var facts = new EligibilityFacts(birthDate, theCase.OpenedOn, theCase.ClosureState, theCase.ClosedOn, theCase.RegularEmployees,
            theCase.IndustryCode, industry?.Section, otherActive, documents.Contains(DocumentKind.ClosureProof));
        return PreCheck.Evaluate(facts, rules, today);
    }
}
