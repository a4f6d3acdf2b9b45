using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace OitChecker.Mailing;

/// <summary>
/// Makes a message reproducible: its Message-Id comes from the run, the division and the kind, and every
/// multipart boundary is derived from that id. The same run therefore always produces the same bytes
/// (golden-file tests), and a re-queued message keeps its id, so a receiving server or mail client can
/// recognise a duplicate.
/// </summary>
public static class MimeStamp
{
    /// <summary>"20251120T213000Z-muangklaeng.audit.changes@muangklaeng.go.th".</summary>
    public static string MessageId(string runId, string part, MailKind kind, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "oitchecker.invalid";
        return $"{Clean(runId)}.{Clean(part)}.{kind.ToString().ToLowerInvariant()}@{Clean(domain)}";
    }

    /// <summary>Sets the Message-Id and a boundary per multipart derived from it.</summary>
    public static void Apply(MimeMessage message, string messageId)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.MessageId = messageId;
        var n = 0;
        foreach (var part in Multiparts(message.Body))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{messageId}/{n++}")));
            part.Boundary = "=_oit_" + hash[..32];
        }
    }

    private static IEnumerable<Multipart> Multiparts(MimeEntity? entity)
    {
        if (entity is not Multipart m)
        {
            yield break;
        }

        yield return m;
        foreach (var child in m.SelectMany(Multiparts))
        {
            yield return child;
        }
    }

    /// <summary>Writes the message as an .eml (CRLF line ends, as on the wire).</summary>
    public static byte[] ToBytes(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        options.EnsureNewLine = true;
        using var ms = new MemoryStream();
        message.WriteTo(options, ms);
        return ms.ToArray();
    }

    private static string Clean(string s) =>
        new(s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-').ToArray());
}
