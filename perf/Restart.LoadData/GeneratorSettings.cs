using System.Globalization;
using Restart.Core.Common;

namespace Restart.LoadData;

internal sealed record GeneratorSettings(string DatabasePath, string DocumentsFolder, string TargetsFile, int Applicants, int Programmes, int JobPosts)
{
    public static GeneratorSettings Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Count(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var database = Get("db", "perf-data/restart.db");
        var folder = Path.GetDirectoryName(Path.GetFullPath(database))!;
        return new GeneratorSettings(database, Get("documents", Path.Combine(folder, "documents")), Get("targets", Path.Combine(folder, "targets.env")),
            Count("applicants", 10_000), Count("programmes", 1_000), Count("jobs", 5_000));
    }
}

public sealed class NobodySignedIn : ICurrentUser
{
    public string? UserId => null;
    public bool IsAuthenticated => false;
    public IReadOnlyCollection<string> Roles => [];
    public Guid? RegionalOfficeId => null;
    public Guid? AgencyId => null;
    public Guid? CompanyId => null;
    public string? IpAddress => "127.0.0.1";
}
