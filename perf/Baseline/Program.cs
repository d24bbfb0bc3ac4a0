using Microsoft.EntityFrameworkCore;
using Restart.Perf.Baseline;

// Run with --Database <path to the portal's restart.db> --webroot <the portal's wwwroot>, so both apps read
// the same rows from the same file and serve the same bytes from the same folder.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var database = builder.Configuration["Database"] ?? throw new InvalidOperationException("--Database <path to restart.db> is required.");
// Read-only: the baseline must not write to the database the portal is measured on.
builder.Services.AddDbContext<BaselineDb>(o => o
    .UseSqlite($"Data Source={database};Mode=ReadOnly")
    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.Run();

namespace Restart.Perf.Baseline
{
    public sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
    {
        public DbSet<ProgrammeRow> Programmes => Set<ProgrammeRow>();
    }

    /// <summary>Two columns of the portal's Programmes table, like a Fortunes row (id, message).</summary>
    public sealed class ProgrammeRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
    }
}
