using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Restart.Perf.Baseline.Pages;

/// <summary>Twelve rows from the database, sorted in memory and rendered through Razor: the TechEmpower Fortunes shape.</summary>
public sealed class FortunesModel(BaselineDb db) : PageModel
{
    public IReadOnlyList<ProgrammeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Programmes.OrderBy(p => p.Id).Take(12).ToListAsync();
        Rows = [.. rows.OrderBy(r => r.Title, StringComparer.Ordinal)];
    }
}
