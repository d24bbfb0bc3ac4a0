using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Loads the official lists shipped in Data/Seed (sources in docs/reference-data.md). A list is reloaded
/// when its revision or row count differs from what the database records, so shipping a new revision
/// is a file change, not a code change.
/// </summary>
public sealed class ReferenceDataSeeder(RestartDbContext db, TimeProvider clock)
{
    public const string RegionsRevision = "법정동코드 2025-11";
    public const string IndustryRevision = "KSIC11";
    public const string OccupationRevision = "KECO2025";
    public const string QualificationRevision = "2025-12-31";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = await db.ReferenceDataSets.ToDictionaryAsync(x => x.Name, cancellationToken);

        var sidos = Read("sido.csv", r => new Sido { Code = r["code"], Name = r["name"] });
        var sigungus = Read("sigungu.csv", r => new Sigungu
        {
            Code = r["code"],
            SidoCode = r["sido_code"],
            Name = r["name"],
            Kind = r["kind"],
            ParentCode = NullIfEmpty(r["parent_code"]),
        });
        if (NeedsLoad(known, "regions", RegionsRevision, sidos.Count + sigungus.Count))
        {
            await Upsert(db.Sidos, sidos, x => x.Code, (to, from) => to.Name = from.Name, cancellationToken);
            await Upsert(db.Sigungus, sigungus, x => x.Code, (to, from) =>
            {
                to.SidoCode = from.SidoCode;
                to.Name = from.Name;
                to.Kind = from.Kind;
                to.ParentCode = from.ParentCode;
            }, cancellationToken);
            Record(known, "regions", RegionsRevision, "행정안전부 (법정동코드)", sidos.Count + sigungus.Count);
        }

        var industries = Read("ksic11.csv", r => new IndustryClass
        {
            Revision = IndustryRevision,
            Code = r["code"],
            Level = int.Parse(r["level"], CultureInfo.InvariantCulture),
            NameKo = r["name_ko"],
            NameEn = r["name_en"],
            ParentCode = NullIfEmpty(r["parent_code"]),
        });
        if (NeedsLoad(known, "ksic", IndustryRevision, industries.Count))
        {
            await Upsert(db.Industries.Where(x => x.Revision == IndustryRevision), industries, x => x.Code, (to, from) =>
            {
                to.Level = from.Level;
                to.NameKo = from.NameKo;
                to.NameEn = from.NameEn;
                to.ParentCode = from.ParentCode;
            }, cancellationToken);
            Record(known, "ksic", IndustryRevision, "통계청 (한국표준산업분류)", industries.Count);
        }

        var occupations = Read("keco.csv", r => new OccupationClass
        {
            Revision = OccupationRevision,
            Code = r["code"],
            Level = int.Parse(r["level"], CultureInfo.InvariantCulture),
            Name = r["name"],
            ParentCode = NullIfEmpty(r["parent_code"]),
        });
        if (NeedsLoad(known, "keco", OccupationRevision, occupations.Count))
        {
            await Upsert(db.Occupations.Where(x => x.Revision == OccupationRevision), occupations, x => x.Code, (to, from) =>
            {
                to.Level = from.Level;
                to.Name = from.Name;
                to.ParentCode = from.ParentCode;
            }, cancellationToken);
            Record(known, "keco", OccupationRevision, "고용노동부·한국고용정보원 (한국고용직업분류)", occupations.Count);
        }

        var qualifications = Read("qualifications.csv", r => new Qualification { Code = r["code"], Kind = r["kind"], Series = r["series"], Name = r["name"] });
        if (NeedsLoad(known, "qualifications", QualificationRevision, qualifications.Count))
        {
            await Upsert(db.Qualifications, qualifications, x => x.Code, (to, from) => (to.Name, to.Kind, to.Series) = (from.Name, from.Kind, from.Series), cancellationToken);
            Record(known, "qualifications", QualificationRevision, "한국산업인력공단 (국가자격 종목 목록)", qualifications.Count);
        }

        var wages = Read("minimum_wage.csv", r => new MinimumWage { Year = int.Parse(r["year"], CultureInfo.InvariantCulture), Hourly = int.Parse(r["hourly_krw"], CultureInfo.InvariantCulture) });
        var knownYears = await db.MinimumWages.ToDictionaryAsync(w => w.Year, cancellationToken);
        foreach (var wage in wages)
        {
            if (knownYears.TryGetValue(wage.Year, out var found))
            {
                found.Hourly = wage.Hourly;
            }
            else
            {
                db.MinimumWages.Add(wage);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedOfficesAsync(cancellationToken);
        await SeedEligibilityRulesAsync(cancellationToken);
    }

    /// <summary>Rules of each year's notice are added by id; rows already there are never changed (cases were checked against them).</summary>
    private async Task SeedEligibilityRulesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.EligibilityRules.Select(r => r.Id).ToListAsync(cancellationToken);
        var rules = Read("eligibility_rules.csv", r => new EligibilityRule
        {
            Id = int.Parse(r["id"], CultureInfo.InvariantCulture),
            Kind = Enum.Parse<EligibilityRuleKind>(r["kind"]),
            Number = NullIfEmpty(r["number"]) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null,
            Number2 = NullIfEmpty(r["number2"]) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null,
            Codes = NullIfEmpty(r["codes"]),
            EffectiveFrom = DateOnly.Parse(r["effective_from"], CultureInfo.InvariantCulture),
            EffectiveUntil = NullIfEmpty(r["effective_until"]) is { } u ? DateOnly.Parse(u, CultureInfo.InvariantCulture) : null,
            Source = r["source"],
        });
        db.EligibilityRules.AddRange(rules.Where(r => !existing.Contains(r.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Offices are seeded once by code; their contact details are then the administrator's to edit.</summary>
    private async Task SeedOfficesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.RegionalOffices.Select(x => x.Code).ToListAsync(cancellationToken);
        var rows = Read("regional_offices.csv", r => (Code: r["code"], Name: r["name"], NameEn: r["name_en"],
            Sidos: r["sido_codes"].Split(';', StringSplitOptions.RemoveEmptyEntries), Sigungus: r["sigungu_codes"].Split(';', StringSplitOptions.RemoveEmptyEntries)));
        foreach (var row in rows.Where(r => !existing.Contains(r.Code)))
        {
            var office = new RegionalOffice { Code = row.Code, Name = row.Name, NameEn = row.NameEn };
            office.Coverage.AddRange(row.Sidos.Select(s => new RegionalOfficeCoverage { RegionalOfficeId = office.Id, SidoCode = s }));
            office.Districts.AddRange(row.Sigungus.Select(s => new RegionalOfficeDistrict { RegionalOfficeId = office.Id, SigunguCode = s }));
            db.RegionalOffices.Add(office);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool NeedsLoad(Dictionary<string, ReferenceDataSet> known, string name, string revision, int rows) =>
        !known.TryGetValue(name, out var set) || set.Revision != revision || set.RowCount != rows;

    private void Record(Dictionary<string, ReferenceDataSet> known, string name, string revision, string publisher, int rows)
    {
        if (!known.TryGetValue(name, out var set))
        {
            set = new ReferenceDataSet { Name = name, Revision = revision, Publisher = publisher };
            db.ReferenceDataSets.Add(set);
            known[name] = set;
        }

        set.Revision = revision;
        set.Publisher = publisher;
        set.RowCount = rows;
        set.LoadedAt = clock.GetUtcNow().UtcDateTime;
    }

    private async Task Upsert<T>(IQueryable<T> current, IReadOnlyList<T> wanted, Func<T, string> key, Action<T, T> update, CancellationToken cancellationToken)
        where T : class
    {
        var existing = await current.ToDictionaryAsync(key, cancellationToken);
        foreach (var row in wanted)
        {
            if (existing.TryGetValue(key(row), out var found))
            {
                update(found, row);
            }
            else
            {
                db.Add(row);
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    internal static List<T> Read<T>(string file, Func<CsvRow, T> map)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream($"Restart.Core.Data.Seed.{file}")
            ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        var records = SeedCsv.Parse(reader.ReadToEnd());
        var header = records[0];
        return [.. records.Skip(1).Where(r => r.Count == header.Count).Select(r => map(new CsvRow(header, r)))];
    }

    internal readonly struct CsvRow(IReadOnlyList<string> header, IReadOnlyList<string> fields)
    {
        public string this[string column] => fields[IndexOf(column)];

        private int IndexOf(string column)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (header[i] == column)
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"Seed file has no column '{column}'.");
        }
    }
}
