namespace OitChecker.Scheduling;

/// <summary>
/// The months the availability watch runs (seed memo, measure 4.2: the site must stay reachable while the
/// assessor may look, February to July by default). Months are read in the site's time zone; a window may
/// wrap the year end (e.g. November to February).
/// </summary>
public static class WatchWindow
{
    public static bool Contains(DateTimeOffset now, TimeZoneInfo timeZone, int fromMonth, int toMonth)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var month = TimeZoneInfo.ConvertTime(now, timeZone).Month;
        return fromMonth <= toMonth
            ? month >= fromMonth && month <= toMonth
            : month >= fromMonth || month <= toMonth;
    }
}
