using Gosharp.Cli.Build;
using Gosharp.Cli.Cli;

namespace Gosharp.EndToEnd.Tests;

/// <summary>
/// How the corpus harnesses (Go's test suite, the types2 testdata) run gosharp's build in-process on
/// sources they did not write: on a thread with a deep stack, under a time limit, with a user
/// error's diagnostics printed as the CLI prints them.
/// </summary>
public static class InProcessFrontEnd
{
    /// <summary>What a check that ran out of time reports.</summary>
    public const string TimedOut = "timed out after 2 minutes";

    /// <summary>
    /// Runs work on its own thread with a 256 MB stack (some corpus files nest deeply, and a stack
    /// overflow would take the whole test run down) and waits at most two minutes, so that a runaway
    /// check (an endless loop in the front end) fails its file instead of hanging the run:
    /// <paramref name="onTimeout"/> then. An exception from work is rethrown here.
    /// </summary>
    public static T OnDeepStack<T>(Func<T> work, T onTimeout)
    {
        T result = default!;
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, 256 * 1024 * 1024) { IsBackground = true };
        t.Start();
        if (!t.Join(TimeSpan.FromMinutes(2))) return onTimeout;
        if (failure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return result;
    }

    /// <summary>Builds as the CLI does: a user error is printed to ctx.Err (as gc prints it), not thrown.</summary>
    public static bool Build(BuildRequest req, ToolContext ctx)
    {
        try { return Builder.Build(req, ctx); }
        catch (Gosharp.Common.Diagnostics.UserError e)
        {
            foreach (var d in e.Diagnostics) ctx.Err.WriteLine(d.ToString());
            return false;
        }
    }
}
