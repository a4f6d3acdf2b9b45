namespace OitChecker.Configuration;

/// <summary>
/// Thrown when a configuration or catalog file is invalid. Carries every problem found, not just the first,
/// so a user fixes the file in one pass. Hosts map it to exit code 3 and print <see cref="Exception.Message"/>
/// without a stack trace.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(Render(errors)) => Errors = errors;

    public ConfigException()
        : this([])
    {
    }

    public ConfigException(string message)
        : base(message) => Errors = [];

    public ConfigException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Render(IReadOnlyList<ConfigError> errors) => errors.Count switch
    {
        0 => "Invalid configuration.",
        1 => errors[0].ToString(),
        _ => $"{errors.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)),
    };
}
