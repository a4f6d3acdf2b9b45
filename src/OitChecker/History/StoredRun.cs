using OitChecker.Running;

namespace OitChecker.History;

/// <summary>A run as recorded in the history: identity, status, score and verdict counts.</summary>
public sealed record StoredRun(
    long Id,
    string Site,
    string RoundId,
    string RunId,
    int Year,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    RunStatus Status,
    string? InconclusiveReason,
    double Oit,
    double OitIfReviewsPass,
    double ItaPoints,
    int Items,
    int Passed,
    int Failed,
    int ManualReview,
    string? ReportFolder);
