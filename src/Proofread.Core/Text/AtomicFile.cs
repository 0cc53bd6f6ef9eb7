namespace Proofread.Text;

/// <summary>
/// Writes files so that a reader sees either the old content or the new, never a partial file:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        string full = System.IO.Path.GetFullPath(path);
        string dir = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        string temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ProofreadException($"cannot write: {e.Message}", path, e);
        }
    }

    /// <summary>
    /// Copies the file to NAME.orig before an in-place edit; an older backup is never overwritten
    /// (the next free NAME.orig.1, NAME.orig.2 … is used). Returns the backup's path.
    /// </summary>
    public static string Backup(string path)
    {
        string backup = path + ".orig";
        for (int n = 1; File.Exists(backup); n++)
        {
            backup = $"{path}.orig.{n}";
        }

        try
        {
            File.Copy(path, backup);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProofreadException($"cannot write the backup {backup}: {e.Message}", path, e);
        }

        return backup;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
