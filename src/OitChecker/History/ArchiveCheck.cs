using OitChecker.Running;

namespace OitChecker.History;

/// <summary>What the evidence archive concluded for one run: copies to store and pinned-URL alerts.</summary>
public sealed record ArchiveCheck(IReadOnlyList<ArchivedEvidence> ToArchive, IReadOnlyList<RunFinding> Findings)
{
    /// <summary>Finding kind: the content behind a pinned (submitted) URL differs from the archived copy.</summary>
    public const string PinnedUrlChanged = "pinned-url-changed";

    /// <summary>Finding kind: a pinned (submitted) URL no longer answers with content.</summary>
    public const string PinnedUrlGone = "pinned-url-gone";

    public static ArchiveCheck None { get; } = new([], []);
}
