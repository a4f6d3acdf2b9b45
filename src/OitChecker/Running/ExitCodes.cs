namespace OitChecker.Running;

/// <summary>
/// The exit codes of <c>oitcheck</c>: a documented contract for cron jobs, CI and the scheduler
/// (README "Exit codes").
/// </summary>
public static class ExitCodes
{
    /// <summary>The run completed and no item has a gap.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed (a bug, a full disk); details are in the log.</summary>
    public const int UnexpectedFailure = 1;

    /// <summary>The run completed and at least one item fails or needs manual review.</summary>
    public const int GapsFound = 2;

    /// <summary>A configuration or catalog file is invalid; nothing was crawled.</summary>
    public const int ConfigurationError = 3;

    /// <summary>The run is inconclusive: the site was down, answered mostly errors, or blocked us. No division was told it has gaps.</summary>
    public const int Inconclusive = 4;
}
