using System.ComponentModel;
using System.Runtime.InteropServices;

namespace OitChecker.Reporting;

/// <summary>
/// The two file-system guarantees atomic report folders need and .NET does not expose on Unix: fsync of a
/// directory (so a rename survives a power cut) and rename(2) that atomically replaces an existing entry,
/// symlinks included. On Windows the .NET equivalents are used (no directory fsync there).
/// </summary>
internal static class DurableFileSystem
{
    private const int ReadOnly = 0; // O_RDONLY

    /// <summary>Flushes a directory's entries to disk (no-op on Windows).</summary>
    public static void SyncDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Native.Open(CString(path), ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory {path} to sync it", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        try
        {
            if (Native.Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory {path} failed", new Win32Exception(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, atomically replacing a file or symlink at <paramref name="to"/>.</summary>
    public static void Replace(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Move(from, to, overwrite: true);
            return;
        }

        if (Native.Rename(CString(from), CString(to)) != 0)
        {
            throw new IOException($"rename {from} → {to} failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
    }

    /// <summary>A NUL-terminated UTF-8 path, as the C library expects.</summary>
    private static byte[] CString(string s) => System.Text.Encoding.UTF8.GetBytes(s + "\0");

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Open(byte[] path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Close(int fd);

        [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Rename(byte[] from, byte[] to);
    }
}
