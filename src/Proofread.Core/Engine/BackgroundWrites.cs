namespace Proofread.Engine;

/// <summary>
/// Runs file writes on background tasks, a bounded number at once, so the workers go on fixing
/// while the disk syncs each file (an atomic write waits for its data to reach the disk, which
/// on a small page takes longer than fixing it).
/// </summary>
internal sealed class BackgroundWrites(int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(concurrency);
    private readonly List<Task> _tasks = [];

    /// <summary>Starts <paramref name="write"/> once a slot is free; it must handle its own errors.</summary>
    public void Start(Action write)
    {
        _slots.Wait();
        var task = Task.Run(() =>
        {
            try
            {
                write();
            }
            finally
            {
                _slots.Release();
            }
        });
        lock (_tasks)
        {
            _tasks.RemoveAll(t => t.IsCompleted);
            _tasks.Add(task);
        }
    }

    /// <summary>Waits until every write started has finished.</summary>
    public void WaitAll()
    {
        Task[] pending;
        lock (_tasks)
        {
            pending = [.. _tasks];
        }

        Task.WaitAll(pending);
    }

    public void Dispose() => _slots.Dispose();
}
