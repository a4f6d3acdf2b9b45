using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OitChecker.Configuration;

/// <summary>Remembers where the last successfully parsed YAML event ended, for errors that carry no position.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public int LastLine { get; private set; } = 1;

    public int LastColumn { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } e)
        {
            LastLine = checked((int)e.End.Line);
            LastColumn = checked((int)e.End.Column);
        }

        return moved;
    }
}
