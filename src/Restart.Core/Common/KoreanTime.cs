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
}
