using System.Text;
using NUnit.Framework;

namespace OitChecker.Testing;

/// <summary>
/// Byte-exact golden files: <c>approved/&lt;name&gt;.approved.&lt;ext&gt;</c> in the test's source folder. On a
/// mismatch (or when the approved file is missing) the actual bytes are written beside it as
/// <c>.received.</c> (git-ignored) so a reviewer can diff and, if right, rename it to approve.
/// </summary>
public static class Approvals
{
    /// <summary>Asserts <paramref name="actual"/> equals the approved file <paramref name="folder"/>/approved/<paramref name="fileName"/>.</summary>
    public static void Verify(byte[] actual, string folder, string fileName)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var dir = Path.Combine(RepoPaths.Root, "tests", "OitChecker.Tests", folder, "approved");
        var approved = Path.Combine(dir, fileName);
        var received = Path.Combine(dir, fileName.Replace(".approved.", ".received.", StringComparison.Ordinal));
        if (File.Exists(approved) && File.ReadAllBytes(approved).AsSpan().SequenceEqual(actual))
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllBytes(received, actual);
        var why = File.Exists(approved) ? FirstDifference(File.ReadAllBytes(approved), actual) : "no approved file yet";
        Assert.Fail($"{fileName} differs from the approved file ({why}); received output written to {received}");
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var n = Math.Min(expected.Length, actual.Length);
        for (var i = 0; i < n; i++)
        {
            if (expected[i] != actual[i])
            {
                var start = Math.Max(0, i - 40);
                return $"first difference at byte {i}: expected …{Encoding.UTF8.GetString(expected, start, Math.Min(80, expected.Length - start))}… got …{Encoding.UTF8.GetString(actual, start, Math.Min(80, actual.Length - start))}…";
            }
        }

        return $"lengths differ: expected {expected.Length} bytes, got {actual.Length}";
    }
}
