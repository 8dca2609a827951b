using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>
/// Phase 2: gives every global name one definition. Locals stay private to their object. A strong
/// (STB_GLOBAL) definition beats weak ones (gosharp's DUPOK symbols) and common ones; among weak
/// definitions the first in input order wins; two strong ones are an error naming both files.
/// </summary>
public sealed class SymbolResolver
{
    private readonly Dictionary<string, GlobalSymbol> byName = new(StringComparer.Ordinal);

    /// <summary>Every global name in the order it was first seen (linker-defined ones first).</summary>
    public List<GlobalSymbol> Ordered { get; } = [];

    public GlobalSymbol? Find(string name) => byName.GetValueOrDefault(name);

    public static SymbolResolver Resolve(IReadOnlyList<ObjectFile> objects)
    {
        var r = new SymbolResolver();
        foreach (var name in LinkerSymbols.Names) r.Add(new GlobalSymbol { Name = name, IsLinkerDefined = true });
        var diags = new DiagnosticBag();
        foreach (var obj in objects)
            foreach (var sym in obj.Symbols)
            {
                if (sym.IsLocal || sym.Name.Length == 0) continue;
                var g = r.Find(sym.Name) ?? r.Add(new GlobalSymbol { Name = sym.Name });
                if (sym.IsUndefined) continue;
                if (g.IsLinkerDefined)
                {
                    if (sym.Binding != SymbolBinding.Weak)
                        diags.Add(new Diagnostic(null, $"duplicate symbol definition of {sym.Name} in {obj.Name}: the linker defines it"));
                    continue;
                }
                if (g.Definition is not { } old) { g.Definition = sym; continue; }
                if (IsStrong(sym) && IsStrong(old))
                    diags.Add(new Diagnostic(null, $"duplicate symbol definition of {sym.Name} in {obj.Name}, first defined in {old.File.Name}"));
                else if (IsStrong(sym))
                    g.Definition = sym;
                else if (sym.IsCommon && old.IsCommon && sym.Size > old.Size)
                    g.Definition = sym; // tentative definitions merge to the largest
            }
        diags.ThrowIfAny();
        return r;
    }

    private static bool IsStrong(InputSymbol s) => s.Binding == SymbolBinding.Global && !s.IsCommon;

    private GlobalSymbol Add(GlobalSymbol g)
    {
        byName.Add(g.Name, g);
        Ordered.Add(g);
        return g;
    }

    /// <summary>What a relocation's target symbol stands for: itself when local, else the global definition.</summary>
    public ResolvedTarget ResolveTarget(InputSymbol target)
    {
        if (target.IsLocal) return new ResolvedTarget(target, null);
        var g = Find(target.Name) ?? throw new InvalidOperationException($"global {target.Name} was not entered");
        return new ResolvedTarget(g.Definition, g);
    }
}

/// <summary>A relocation target after resolution: an input symbol, or a linker-defined global, or nothing (undefined).</summary>
public readonly record struct ResolvedTarget(InputSymbol? Symbol, GlobalSymbol? Global)
{
    public bool IsDefined => Symbol != null || Global is { IsLinkerDefined: true };
}
