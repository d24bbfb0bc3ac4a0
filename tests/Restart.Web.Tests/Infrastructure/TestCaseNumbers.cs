namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// Numbers for the cases a web test writes straight into the database, beside the demo cases: the demo numbers its
/// cases at random within the current year, so a test's number is unique in the run (a counter) and in a year no
/// seeded case has, and can never meet one.
/// </summary>
internal static class TestCaseNumbers
{
    private static int _last = Random.Shared.Next(0, 500_000);

    public static string Next() => $"2019-{Interlocked.Increment(ref _last):D6}";
}
