using System.Collections.Immutable;
using Gosharp.Compiler.Syntax.Ast;
using Gosharp.Compiler.Syntax.Lexing;

namespace Gosharp.Compiler.Syntax.Building;

/// <summary>
/// Hands //go: directives to declarations the way gc's parser does. gc accumulates directives
/// as its scanner passes them; a declaration spec takes those seen before its first token (its
/// name; for a function, the token after <c>func</c>), and the end of every other construct
/// (a top-level declaration, the opening '(' of a group, a statement) drops the pending ones as
/// unused. The builder walks the tree in source order, calling Take and Clear with the byte
/// offset of the token at which gc would call takePragma / clearPragma.
/// //go:linkname is not attached to anything: gc collects those per file.
/// </summary>
internal sealed class PragmaCursor
{
    private readonly List<LexedDirective> pending;
    private int next;
    private readonly ImmutableArray<Pragma>.Builder unused = ImmutableArray.CreateBuilder<Pragma>();

    public PragmaCursor(IReadOnlyList<LexedDirective> directives)
    {
        pending = directives.Where(d => d.Pragma.Verb != "go:linkname").ToList();
        Linknames = directives.Where(d => d.Pragma.Verb == "go:linkname").Select(d => d.Pragma).ToImmutableArray();
    }

    public ImmutableArray<Pragma> Linknames { get; }

    /// <summary>The directives before <paramref name="offset"/> not taken or dropped yet.</summary>
    public ImmutableArray<Pragma> Take(int offset)
    {
        if (next >= pending.Count || pending[next].Offset >= offset) return ImmutableArray<Pragma>.Empty;
        var taken = ImmutableArray.CreateBuilder<Pragma>();
        while (next < pending.Count && pending[next].Offset < offset)
            taken.Add(pending[next++].Pragma);
        return taken.ToImmutable();
    }

    /// <summary>Drops the directives before <paramref name="offset"/> (they belong to no declaration).</summary>
    public void Clear(int offset)
    {
        while (next < pending.Count && pending[next].Offset < offset)
            unused.Add(pending[next++].Pragma);
    }

    /// <summary>Every directive no declaration took (call last).</summary>
    public ImmutableArray<Pragma> Unused()
    {
        Clear(int.MaxValue);
        return unused.ToImmutable();
    }
}
