using System.Text.Json;

namespace OitChecker.History;

/// <summary>
/// Enum values as the kebab-case words results.json uses ("manual-review", "still-open"), both ways, so the
/// history database reads the same as the JSON and survives enum reordering.
/// </summary>
public static class EnumText
{
    /// <summary>"ManualReview" → "manual-review".</summary>
    public static string ToText<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>"manual-review" → ManualReview; throws on an unknown word.</summary>
    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(ToText(v), text, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        throw new FormatException($"'{text}' is not a {typeof(T).Name}; valid: {string.Join(", ", Enum.GetValues<T>().Select(ToText))}");
    }
}
