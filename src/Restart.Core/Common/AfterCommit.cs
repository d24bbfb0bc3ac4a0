using Microsoft.Extensions.Logging;

namespace Restart.Core.Common;

/// <summary>
/// Side effects kept out of the command's transaction. Mail and deleting a removed file run only once the
/// transaction has committed, so a rollback never mails about an account that does not exist nor leaves
/// a row pointing at nothing. A file is written before the row that names it (the row must never name a
/// missing file), and deleted again if that row does not commit.
/// </summary>
public sealed partial class AfterCommit(ILogger<AfterCommit> logger) : IDisposable
{
    private readonly List<Func<CancellationToken, Task>> _work = [];
    private readonly List<Action> _undo = [];
    private readonly List<Func<CancellationToken, Task>> _afterTransaction = [];

    /// <summary>Work to run after the commit (deleting a removed file).</summary>
    public void Add(Action action) => _work.Add(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>Work to run after the commit (sending a mail).</summary>
    public void Add(Func<CancellationToken, Task> work) => _work.Add(work);

    /// <summary>
    /// Work to run once the command's transaction has ended, committed or rolled back: a record that must stand even
    /// when the command fails (a wrong password counted), written outside the transaction, whose lock it would wait for
    /// on SQLite.
    /// </summary>
    public void AfterTransaction(Func<CancellationToken, Task> work) => _afterTransaction.Add(work);

    /// <summary>Undoes something done ahead of the transaction — a file written for a new row — unless it commits.</summary>
    public void UndoUnlessCommitted(Action undo) => _undo.Add(undo);

    /// <summary>The attempt was rolled back (or is about to be retried): undo what it did ahead, forget its after-commit work.</summary>
    internal void Clear()
    {
        _work.Clear();
        var undo = _undo.ToList();
        _undo.Clear();
        foreach (var action in undo)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                LogUndoFailed(logger, ex);
            }
        }
    }

    /// <summary>An attempt is retried from the start: what it asked to run after its transaction goes with it.</summary>
    internal void Restart()
    {
        Clear();
        _afterTransaction.Clear();
    }

    /// <summary>The transaction has ended, either way: runs what was asked for then. A failure is logged, never thrown.</summary>
    internal async Task RunAfterTransactionAsync()
    {
        var work = _afterTransaction.ToList();
        _afterTransaction.Clear();
        foreach (var action in work)
        {
            try
            {
                await action(CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogWorkFailed(logger, ex);
            }
        }
    }

    /// <summary>
    /// The transaction committed: what was done ahead stays, and the work runs — to the end even if the
    /// client has gone. A failure is logged, never thrown: the committed change stands (an invitation that
    /// could not be mailed leaves the account, whose owner can ask for a reset link).
    /// </summary>
    internal async Task RunAsync()
    {
        _undo.Clear();
        var work = _work.ToList();
        _work.Clear();
        foreach (var action in work)
        {
            try
            {
                await action(CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogWorkFailed(logger, ex);
            }
        }
    }

    /// <summary>A command that ended in an exception reached neither <see cref="RunAsync"/> nor <see cref="Clear"/>: undo what it did ahead.</summary>
    public void Dispose() => Clear();

    [LoggerMessage(Level = LogLevel.Error, Message = "Work after a committed transaction failed; the committed change stands")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Undoing work of a transaction that did not commit failed (an orphan file may remain)")]
    private static partial void LogUndoFailed(ILogger logger, Exception exception);
}
