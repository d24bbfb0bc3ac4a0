namespace Restart.Core.Common;

/// <summary>
/// Work that must happen only once the command's transaction has committed — deleting a file whose row
/// was removed, for instance — so a rollback never leaves a row pointing at nothing.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    internal void Clear() => _actions.Clear();

    internal void Run()
    {
        foreach (var action in _actions)
        {
            action();
        }

        _actions.Clear();
    }
}
