using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Restart.Benchmarks;

// In-process: the generated boilerplate project would miss the ASP.NET Core framework reference Core needs.
// `--smoke` (CI): the matching and the outcome benchmarks once each on small data sets (their set-ups' consistency checks
// included), no timing asserted.
// Otherwise every benchmark, or those a BenchmarkDotNet `--filter` names.
// `--jobs N --applicants M` size the matching data set (default 100,000 open posts, 1,000 applicants); `--keep-data`
// keeps it for the next run of the same size on the same day. `--cases N` sizes the outcome reports' data set (default
// 1,000,000 cases, about 5,000,000 timeline entries).
var smoke = args.Contains("--smoke");
MatchingTopJobs.KeepData = OutcomeReports.KeepData = args.Contains("--keep-data");
args = [.. args.Where(a => a != "--keep-data")];
int? Take(string name)
{
    var at = Array.IndexOf(args, name);
    if (at < 0 || at + 1 >= args.Length)
    {
        return null;
    }

    var value = int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture);
    args = [.. args[..at], .. args[(at + 2)..]];
    return value;
}

MatchingTopJobs.Size = (Take("--jobs") ?? MatchingTopJobs.Size.Jobs, Take("--applicants") ?? MatchingTopJobs.Size.Applicants);
OutcomeReports.Size = Take("--cases") ?? OutcomeReports.Size;
args = [.. args.Where(a => a != "--smoke")];
var job = smoke ? Job.Dry : Job.ShortRun.WithIterationCount(15);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true)))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95);
if (smoke)
{
    MatchingTopJobs.Size = (2_000, 100);
    OutcomeReports.Size = 2_000;
    args = ["--filter", "*MatchingTopJobs*", "*OutcomeReports*"];
}
else if (args.Length == 0)
{
    args = ["--filter", "*"];
}

var summaries = BenchmarkSwitcher.FromTypes([typeof(OpenProgrammesPage), typeof(MatchingTopJobs), typeof(OutcomeReports)]).Run(args, config).ToList();
// A failed set-up or benchmark leaves reports without measurements: CI's smoke step fails on it.
return summaries.Count > 0 && summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.Length > 0 && s.Reports.All(r => r.Success)) ? 0 : 1;
