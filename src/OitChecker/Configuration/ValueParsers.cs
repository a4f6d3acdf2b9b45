using System.Globalization;
using System.Text.RegularExpressions;
using OitChecker.Text;

namespace OitChecker.Configuration;

/// <summary>Parsers for the human-friendly values of configuration files: durations and byte sizes.</summary>
public static partial class ValueParsers
{
    /// <summary>Parses 500ms, 30s, 15m, 2h, 1d (Thai digits accepted) or hh:mm:ss.</summary>
    public static bool TryParseDuration(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = ThaiDigits.ToArabic(text.Trim());
        var m = DurationRegex().Match(t);
        if (m.Success)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            value = m.Groups[2].Value.ToLowerInvariant() switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" or "min" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
            return true;
        }

        return t.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses 512KB, 20MB, 1GB (powers of 1024) or a plain number of bytes.</summary>
    public static bool TryParseSize(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = SizeRegex().Match(ThaiDigits.ToArabic(text.Trim()));
        if (!m.Success)
        {
            return false;
        }

        var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mult = m.Groups[2].Value.ToUpperInvariant() switch
        {
            "KB" or "K" or "KIB" => 1024L,
            "MB" or "M" or "MIB" => 1024L * 1024,
            "GB" or "G" or "GIB" => 1024L * 1024 * 1024,
            _ => 1L,
        };
        value = (long)(n * mult);
        return true;
    }

    /// <summary>The shortest exact form: 1500ms, 30s, 15m, 2h.</summary>
    public static string FormatDuration(TimeSpan value) => value switch
    {
        { TotalDays: >= 1 } when value.TotalDays % 1 == 0 => $"{value.TotalDays:0}d",
        { TotalHours: >= 1 } when value.TotalHours % 1 == 0 => $"{value.TotalHours:0}h",
        { TotalMinutes: >= 1 } when value.TotalMinutes % 1 == 0 => $"{value.TotalMinutes:0}m",
        { TotalSeconds: >= 1 } when value.TotalSeconds % 1 == 0 => $"{value.TotalSeconds:0}s",
        _ => $"{value.TotalMilliseconds:0}ms",
    };

    /// <summary>1KB, 20MB, 1GB or plain bytes.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 when bytes % (1024L * 1024 * 1024) == 0 => $"{bytes / (1024L * 1024 * 1024)}GB",
        >= 1024L * 1024 when bytes % (1024L * 1024) == 0 => $"{bytes / (1024L * 1024)}MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024}KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(ms|s|min|m|h|d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(KB|K|KiB|MB|M|MiB|GB|G|GiB|B)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeRegex();
}
