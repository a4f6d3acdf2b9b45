using MimeKit;

namespace OitChecker.Mailing;

/// <summary>
/// The outbox folder: one .eml per message, named after its Message-Id. A message stays here until a server
/// accepted it, then moves to <c>sent/</c>; a message the server refused for good moves to <c>failed/</c>.
/// Queuing a message whose file is already pending or sent does nothing, so re-running a publish can never
/// send the same message twice. Files appear by atomic rename, so a sender never reads half a message.
/// </summary>
public sealed class MailOutbox
{
    public MailOutbox(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>Messages a server accepted.</summary>
    public string SentDirectory => Path.Combine(Directory, "sent");

    /// <summary>Messages a server refused permanently (5xx).</summary>
    public string FailedDirectory => Path.Combine(Directory, "failed");

    /// <summary>Messages written by a dry run (never sent).</summary>
    public string DryRunDirectory => Path.Combine(Directory, "dry-run");

    /// <summary>The file name of a message: its Message-Id made file-safe, plus ".eml".</summary>
    public static string FileName(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.MessageId ?? throw new ArgumentException("The message has no Message-Id.", nameof(message));
        return new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_').ToArray()) + ".eml";
    }

    /// <summary>Queues a message; returns its path and whether it was newly queued.</summary>
    public async Task<(string Path, bool Queued)> EnqueueAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var name = FileName(message);
        var path = Path.Combine(Directory, name);
        if (File.Exists(path) || File.Exists(Path.Combine(SentDirectory, name)))
        {
            return (path, false);
        }

        await WriteAtomicallyAsync(Directory, name, MimeStamp.ToBytes(message), cancellationToken);
        return (path, true);
    }

    /// <summary>Writes a message to the dry-run folder (replacing an earlier dry run of it).</summary>
    public async Task<string> WriteDryRunAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var name = FileName(message);
        await WriteAtomicallyAsync(DryRunDirectory, name, MimeStamp.ToBytes(message), cancellationToken);
        return Path.Combine(DryRunDirectory, name);
    }

    /// <summary>Messages waiting to be sent, oldest first (names start with the run's UTC timestamp).</summary>
    public IReadOnlyList<string> Pending() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.eml").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Moves a message the server accepted to sent/.</summary>
    public string MarkSent(string path) => MoveTo(path, SentDirectory);

    /// <summary>Moves a message the server refused for good to failed/.</summary>
    public string MarkFailed(string path) => MoveTo(path, FailedDirectory);

    private static string MoveTo(string path, string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        File.Move(path, target, overwrite: true);
        return target;
    }

    private static async Task WriteAtomicallyAsync(string folder, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(folder);
        var tmp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        await using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
        {
            await fs.WriteAsync(bytes, cancellationToken);
            await fs.FlushAsync(cancellationToken);
            fs.Flush(flushToDisk: true);
        }

        File.Move(tmp, Path.Combine(folder, name), overwrite: true);
    }
}
