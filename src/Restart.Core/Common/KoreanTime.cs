namespace Restart.Core.Common;

/// <summary>
/// The portal's calendar is Korea's: "today", deadlines and the times people read are in Asia/Seoul,
/// whatever the server's own time zone. Instants are stored in UTC.
/// </summary>
public static class KoreanTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static DateTime ToKorean(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time in Korea (what a form's date-and-time field holds) as the UTC instant it is.</summary>
    public static DateTime FromKorean(DateTime korean) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(korean, DateTimeKind.Unspecified), Zone);
}
