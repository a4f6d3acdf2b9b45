namespace OitChecker.Mailing;

/// <summary>Why a message is sent.</summary>
public enum MailKind
{
    /// <summary>Something changed for a division: a new or confirmed gap, or a fix.</summary>
    Changes,

    /// <summary>The weekly digest: the division's open gaps, sent even when nothing changed.</summary>
    Digest,

    /// <summary>A run-level event for the site administrators (inconclusive run, pinned URL changed or gone).</summary>
    Admin,
}
