namespace OitChecker.Configuration;

/// <summary>
/// One problem in a configuration or catalog file, located to the character: file, line, column,
/// the key path, what was found and what would have been valid.
/// </summary>
/// <remarks>
/// Rendered as <c>config/sites/x.yaml:12:5: divisions[2].slug: unknown division 'fin'; valid: finance, palad</c>,
/// the shape compilers use, so editors and CI logs make it clickable.
/// </remarks>
public sealed record ConfigError(string File, int Line, int Column, string Key, string Message)
{
    /// <summary>The one-line, human-readable form.</summary>
    public override string ToString() =>
        Key.Length == 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Key}: {Message}";
}
