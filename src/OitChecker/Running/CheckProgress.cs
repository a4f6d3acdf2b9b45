namespace OitChecker.Running;

/// <summary>The phase a run is in.</summary>
public enum CheckPhase
{
    Loading,
    Crawling,
    Matching,
    Reporting,
    Mailing,
    Done,
}

/// <summary>A progress event for a progress bar or a log: phase, pages fetched so far, pages queued, the current URL.</summary>
public sealed record CheckProgress(CheckPhase Phase, int Fetched, int Queued, long Bytes, string? CurrentUrl);
