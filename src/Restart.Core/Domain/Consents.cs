using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Domain;

/// <summary>What a person agrees to, each item separately (PIPA: required and optional apart, third-party provision apart).</summary>
public enum ConsentItem
{
    /// <summary>필수: collection and use of the items needed to apply.</summary>
    Required = 1,
    /// <summary>선택: career history and certificates/skills, for better recommendations.</summary>
    Optional = 2,
    /// <summary>제3자 제공: giving data to the partner agencies and employers a counselor refers the person to.</summary>
    ThirdParty = 3,
}

/// <summary>One decision about one consent item: which text version, yes or no, when and from where. Never changed; the latest per item counts.</summary>
public class ConsentRecord
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public ConsentItem Item { get; init; }
    public required string TextVersion { get; init; }
    public bool Granted { get; init; }
    public DateTime At { get; init; }
    public string? IpAddress { get; init; }
}

/// <summary>Making and reading consent decisions: a new decision is a new record; the latest one per item counts.</summary>
public static class ConsentRecords
{
    public static ConsentRecord New(string userId, ConsentItem item, bool granted, string? ip, TimeProvider clock) => new()
    {
        UserId = userId,
        Item = item,
        Granted = granted,
        TextVersion = ConsentTexts.Version,
        At = clock.GetUtcNow().UtcDateTime,
        IpAddress = ip,
    };

    /// <summary>Whether the person's latest decision on <paramref name="item"/> is a yes; no decision is a no.</summary>
    public static async Task<bool> IsGrantedAsync(this IQueryable<ConsentRecord> consents, string userId, ConsentItem item, CancellationToken cancellationToken) =>
        await consents.Where(c => c.UserId == userId && c.Item == item).OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted)
            .FirstOrDefaultAsync(cancellationToken) ?? false;
}

public enum EligibilityRuleKind
{
    /// <summary>The business operated at least <c>Number</c> days.</summary>
    MinimumDaysInBusiness = 1,
    /// <summary>Fewer than <c>Number</c> regular workers in the KSIC sections of <c>Codes</c> (or in all others when <c>Codes</c> is empty).</summary>
    MaximumEmployees = 2,
    /// <summary>Industries whose KSIC code starts with one of <c>Codes</c> are excluded.</summary>
    ExcludedIndustry = 3,
    /// <summary>Age between <c>Number</c> and <c>Number2</c> on the day of the check.</summary>
    AgeRange = 4,
    /// <summary>Only one active case per person.</summary>
    OneActiveCase = 5,
}

/// <summary>
/// One eligibility rule of one year's notice (공고). Rules are data with effective dates: a new notice is
/// new rows, not new code. The pre-check advises; staff decide.
/// </summary>
public class EligibilityRule
{
    public int Id { get; init; }
    public EligibilityRuleKind Kind { get; init; }
    public int? Number { get; init; }
    public int? Number2 { get; init; }
    /// <summary>Comma-separated KSIC sections or code prefixes, depending on <see cref="Kind"/>.</summary>
    public string? Codes { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveUntil { get; init; }
    /// <summary>The notice the rule comes from, e.g. "2026 희망리턴패키지 공고".</summary>
    public required string Source { get; init; }
}
