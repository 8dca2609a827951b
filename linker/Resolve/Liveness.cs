using Gosharp.Common.Diagnostics;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>
/// Phase 3: dead-code elimination. Starting from the entry symbol's section, follows relocations
/// section by section; what is never reached is left out of the executable. A reachable reference
/// to an undefined symbol is an error in gc's form: <c>main.main: relocation target main.f not defined</c>,
/// or, as gc says when the missing symbol is <c>main.main</c>,
/// <c>runtime.main: function main is undeclared in the main package</c>.
/// </summary>
public static class Liveness
{
    private const string MainMain = "main.main";

    /// <summary>Marks live sections and returns the entry symbol's definition.</summary>
    public static InputSymbol Mark(string entry, SymbolResolver symbols)
    {
        var g = symbols.Find(entry);
        if (g?.Definition is not { } def)
            throw new UserError($"entry symbol {entry} not defined (is the runtime's {entry} in the inputs?)");
        if (def.Section == null)
            throw new UserError($"entry symbol {entry} is not in a loaded section ({def.File.Name})");

        var diags = new DiagnosticBag();
        var reported = new HashSet<(string, string)>();
        var work = new Stack<InputSection>();
        void Reach(InputSection s)
        {
            if (s.Live) return;
            s.Live = true;
            work.Push(s);
        }
        Reach(def.Section);
        while (work.Count > 0)
        {
            var s = work.Pop();
            foreach (var r in s.Relocs)
            {
                if (r.Type == Common.Elf.RelocType.None) continue;
                var t = symbols.ResolveTarget(r.Target);
                if (t.Symbol?.Section is { } ts) { Reach(ts); continue; }
                if (t.IsDefined && t.Symbol is not { InDiscardedSection: true }) continue; // absolute or linker-defined
                if (t.Symbol == null && r.Target.Binding == Common.Elf.SymbolBinding.Weak) continue; // undefined weak: 0
                var from = SymbolNaming.Enclosing(s, r.Offset);
                var to = SymbolNaming.Target(r.Target);
                if (!reported.Add((from, to))) continue;
                diags.Add(new Diagnostic(null, t.Symbol is { InDiscardedSection: true } d
                    ? $"{from}: relocation target {to} is in a discarded section of {d.File.Name}"
                    : to == MainMain
                        ? $"{from}: function main is undeclared in the main package" // gc's special case for main.main
                        : $"{from}: relocation target {to} not defined"));
            }
        }
        diags.ThrowIfAny();
        return def;
    }
}
