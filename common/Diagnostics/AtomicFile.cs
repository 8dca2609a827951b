namespace Gosharp.Common.Diagnostics;

/// <summary>
/// Writes an output file all at once or not at all: the bytes go to a temporary file beside the
/// target, which is renamed over it only when complete, so a failing stage never leaves a partial output.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> data, bool executable = false)
    {
        var full = Path.GetFullPath(path);
        // Devices (-o /dev/null, /dev/stdout) are written in place: renaming over one would replace
        // the device node with a plain file.
        if (full.StartsWith("/dev/") && File.Exists(full))
        {
            try
            {
                using var dev = new FileStream(full, FileMode.Open, FileAccess.Write);
                dev.Write(data);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"open {path}: {e.Message}");
            }
        }
        var dir = Path.GetDirectoryName(full)!;
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.tmp{Environment.ProcessId}");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write))
                fs.Write(data);
            if (executable && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                    UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.Move(tmp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new UserError($"open {path}: {e.Message}");
        }
    }

    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));
}
