using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;

namespace Restart.Core.Matching;

/// <summary>
/// What the engine needs of the reference lists, read once per instance (they change with a deployment): names
/// of regions, occupations, industries and qualifications, the 일반구 → 시 map, and the two tables that ship
/// with the code in Data/Seed: neighbouring 시·도 (sido_neighbours.csv) and industry → occupation (ksic_keco.csv).
/// </summary>
public sealed class MatchReference
{
    public required FrozenDictionary<string, string> SidoNames { get; init; }
    /// <summary>시·군·구 code → (its 시·도, the 시 of an 일반구 or itself, the name shown: "서울특별시 성동구").</summary>
    public required FrozenDictionary<string, (string Sido, string City, string Name)> Sigungus { get; init; }
    public required FrozenDictionary<string, string> OccupationNames { get; init; }
    public required FrozenDictionary<string, string> IndustryNames { get; init; }
    public required FrozenDictionary<string, string> QualificationNames { get; init; }
    /// <summary>Qualification names without spaces, longest first, to find them in free text.</summary>
    public required IReadOnlyList<(string Name, string Code)> QualificationPatterns { get; init; }
    public required FrozenDictionary<string, string[]> Neighbours { get; init; }
    /// <summary>KSIC code (any level) → KECO codes (3 or 4 digits) its work leads to.</summary>
    public required FrozenDictionary<string, string[]> IndustryOccupations { get; init; }

    public string SidoName(string code) => SidoNames.GetValueOrDefault(code, code);

    public string SigunguName(string code) => Sigungus.TryGetValue(code, out var s) ? s.Name : code;

    /// <summary>The 시 an 일반구 belongs to, or the code itself: people name 수원시, posts 수원시 장안구.</summary>
    public string CityOf(string code) => Sigungus.TryGetValue(code, out var s) ? s.City : code;

    public string SidoOf(string code) => Sigungus.TryGetValue(code, out var s) ? s.Sido : code.Length >= 2 ? code[..2] : code;

    public string OccupationName(string code) => OccupationNames.GetValueOrDefault(code, code);

    public string QualificationName(string code) => QualificationNames.GetValueOrDefault(code, code);

    /// <summary>
    /// The occupations the former business's industry leads to: the rows of the most specific KSIC code in the
    /// table that the business's code starts with (세세분류, then 세분류, 소분류, 중분류).
    /// </summary>
    public (string IndustryCode, string[] Occupations) OccupationsOfIndustry(string? industryCode)
    {
        for (var length = industryCode?.Length ?? 0; length >= 2; length--)
        {
            if (IndustryOccupations.TryGetValue(industryCode![..length], out var codes))
            {
                return (industryCode, codes);
            }
        }

        return (industryCode ?? "", []);
    }

    public static async Task<MatchReference> LoadAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        var sidos = await db.Sidos.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
        var sigungus = await db.Sigungus.AsNoTracking().Select(s => new { s.Code, s.SidoCode, s.ParentCode, s.Name }).ToListAsync(cancellationToken);
        var occupations = await db.Occupations.AsNoTracking().Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision)
            .ToDictionaryAsync(o => o.Code, o => o.Name, cancellationToken);
        var industries = await db.Industries.AsNoTracking().Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision)
            .ToDictionaryAsync(i => i.Code, i => i.NameKo, cancellationToken);
        var qualifications = await db.Qualifications.AsNoTracking().ToDictionaryAsync(q => q.Code, q => q.Name, cancellationToken);

        var pairs = ReferenceDataSeeder.Read("sido_neighbours.csv", r => (r["sido_code"], r["neighbour_code"]));
        var neighbours = pairs.Concat(pairs.Select(p => (p.Item2, p.Item1)))
            .GroupBy(p => p.Item1).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Item2).Distinct().ToArray());
        var related = ReferenceDataSeeder.Read("ksic_keco.csv", r => (Ksic: r["ksic_code"], Keco: r["keco_code"]))
            .GroupBy(r => r.Ksic).ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Keco).Distinct().ToArray());

        return new MatchReference
        {
            SidoNames = sidos.ToFrozenDictionary(),
            Sigungus = sigungus.ToFrozenDictionary(s => s.Code, s => (s.SidoCode, s.ParentCode ?? s.Code, $"{sidos.GetValueOrDefault(s.SidoCode, s.SidoCode)} {s.Name}")),
            OccupationNames = occupations.ToFrozenDictionary(),
            IndustryNames = industries.ToFrozenDictionary(),
            QualificationNames = qualifications.ToFrozenDictionary(),
            QualificationPatterns = [.. qualifications.Select(q => (Name: MatchText.Normalize(q.Value), Code: q.Key))
                .Where(q => q.Name.Length >= 2).OrderByDescending(q => q.Name.Length).ThenBy(q => q.Code, StringComparer.Ordinal)],
            Neighbours = neighbours,
            IndustryOccupations = related,
        };
    }
}

/// <summary>Free text compared without spaces and case: "지게차 운전 기능사" finds 지게차운전기능사.</summary>
public static class MatchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '·' && c != 'ㆍ' && c != '-')
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}

/// <summary>The instance's one <see cref="MatchReference"/>, loaded by the first request that needs it.</summary>
public sealed class MatchReferences
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private MatchReference? _reference;

    public async ValueTask<MatchReference> GetAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _reference) is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _reference ??= await MatchReference.LoadAsync(db, cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }
}
