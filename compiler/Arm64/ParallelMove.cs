namespace Gosharp.Compiler.Arm64;

/// <summary>
/// Performs a set of moves "at once" (every source read before any destination is written), as phis,
/// call arguments and results need: moves whose destination no other move still reads go first; a
/// cycle is broken through a scratch register.
/// </summary>
public static class ParallelMove
{
    /// <param name="moves">(source, destination) pairs; destinations distinct.</param>
    /// <param name="emitMove">emits one move between locations (register or stack slot), given a scratch register to use for memory-to-memory moves.</param>
    public static void Resolve(List<(Loc Src, Loc Dst, bool Float)> moves, Action<Loc, Loc, bool> emitMove)
    {
        var pending = moves.Where(m => m.Src != m.Dst).ToList();
        while (pending.Count > 0)
        {
            var progress = false;
            for (int i = 0; i < pending.Count; i++)
            {
                var m = pending[i];
                if (pending.Any(o => o.Src == m.Dst)) continue;
                emitMove(m.Src, m.Dst, m.Float);
                pending.RemoveAt(i);
                i--;
                progress = true;
            }
            if (progress) continue;
            // Only cycles remain: move one source aside, then retarget its readers.
            var first = pending[0];
            var scratch = Loc.InReg(first.Float ? Registers.FScratch2 : Registers.Scratch2);
            emitMove(first.Src, scratch, first.Float);
            for (int i = 0; i < pending.Count; i++)
                if (pending[i].Src == first.Src) pending[i] = pending[i] with { Src = scratch };
        }
    }
}
