using System.Globalization;
using OitChecker.Text;

namespace OitChecker.Reporting;

/// <summary>
/// Dates as Thai readers write them — day, Thai month name, Buddhist-Era year ("25 พฤศจิกายน 2568",
/// "25 พ.ย. 2568 04:30 น.") — in the site's time zone, independent of the machine's culture.
/// </summary>
public static class ThaiDates
{
    /// <summary>The time zone by IANA id (Asia/Bangkok when unknown: every site of this tool is Thai).</summary>
    public static TimeZoneInfo Zone(string? ianaId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(ianaId) ? "Asia/Bangkok" : ianaId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }

    /// <summary>The moment in the given zone.</summary>
    public static DateTimeOffset Local(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone);

    /// <summary>"25 พฤศจิกายน 2568".</summary>
    public static string LongDate(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{local.Day} {ThaiMonths.FullName(local.Month)} {BuddhistEra.ToBe(local.Year)}");

    /// <summary>"25 พ.ย. 2568".</summary>
    public static string ShortDate(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{local.Day} {ThaiMonths.Abbreviation(local.Month)} {BuddhistEra.ToBe(local.Year)}");

    /// <summary>"25 พ.ย. 2568 04:30 น.".</summary>
    public static string ShortWithTime(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{ShortDate(local)} {local:HH:mm} น.");

    /// <summary>"2025-11-25" (ISO, for English headers and machines).</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number with two decimals, invariant ("12.50").</summary>
    public static string Points(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
