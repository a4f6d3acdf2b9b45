namespace OitChecker.History;

/// <summary>How an item changed since the previous conclusive run (what a division is told).</summary>
public enum ItemChange
{
    /// <summary>Nothing to report: passing as before, or not comparable (an inconclusive run or verdict).</summary>
    None,

    /// <summary>A gap the division has not been told about yet: first seen failing, or a regression confirmed by flap damping.</summary>
    New,

    /// <summary>A confirmed gap that was already open in the previous run.</summary>
    StillOpen,

    /// <summary>A confirmed gap that passes now.</summary>
    Fixed,

    /// <summary>A previously passing item that failed in fewer consecutive runs than the flap damping requires: shown, never mailed.</summary>
    Unconfirmed,
}
