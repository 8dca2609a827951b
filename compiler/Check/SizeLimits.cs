using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// gc's limits on the sizes of types, checked after type checking as gc checks them while it
/// lays types out (types.CalcSize): an array of more than 2^50-1 bytes is "type [N]T larger than
/// address space", a channel whose element takes 64 KiB or more is "channel element type too large
/// (>64kB)". gc computes each type's size once, the first time its code generator meets the type,
/// and reports at the position of what it was converting then; this pass meets types in gc's
/// order so the errors land where gc puts them:
/// <list type="number">
/// <item>the package-level type declarations, whose sizes gc computes together after the last of
/// them (the last declared first), at that last declaration;</item>
/// <item>the other package-level declarations in order: a variable at its name, then its initial
/// values; a function's signature wherever gc was last (possibly nowhere: no position);</item>
/// <item>function bodies in order: a local variable or type at its name, each expression at its
/// position (a call at its '(').</item>
/// </list>
/// Generic declarations are skipped: gc lays out only their instances.
/// </summary>
public sealed class SizeLimits
{
    /// <summary>gc's MaxWidth on 64-bit targets.</summary>
    private const long MaxWidth = 1L << 50;

    private readonly PackageInfo pkg;
    private readonly Info info;
    private readonly DiagnosticBag errors;
    /// <summary>Where gc would report an error now (its base.Pos); null before anything set it.</summary>
    private SourcePos? pos;
    /// <summary>Types already laid out, with their sizes: named types by declaration, others by identity.</summary>
    private readonly Dictionary<GoType, long> done = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<(GoType Type, long Size)>> unnamed = new(StringComparer.Ordinal);

    private SizeLimits(PackageInfo pkg, Info info, DiagnosticBag errors)
    {
        this.pkg = pkg;
        this.info = info;
        this.errors = errors;
    }

    public static void Check(IReadOnlyList<Ast.File> files, PackageInfo pkg, Info info, DiagnosticBag errors)
        => new SizeLimits(pkg, info, errors).Run(files);

    private void Run(IReadOnlyList<Ast.File> files)
    {
        // 1. Package-level types, laid out after the last type declaration, last declared first
        // (gc's stack of deferred layouts).
        var types = files.SelectMany(f => f.Decls).OfType<Ast.TypeDecl>().ToList();
        if (types.Count > 0)
        {
            pos = types[^1].Name.Pos;
            foreach (var td in Enumerable.Reverse(types))
                if (!td.IsAlias && td.TypeParams.Length == 0 && info.Defs.GetValueOrDefault(td.Name) is TypeNameObj tn) Size(tn.Type);
        }
        // 2. The other declarations; function bodies wait.
        var bodies = new List<Ast.FuncDecl>();
        foreach (var d in files.SelectMany(f => f.Decls))
            switch (d)
            {
                case Ast.VarDecl v: Var(v); break;
                case Ast.FuncDecl fd when fd.TypeParams.Length == 0 && !IsGenericMethod(fd):
                    if (info.Defs.GetValueOrDefault(fd.Name) is FuncObj fo) Size(fo.Type);
                    if (fd.Body != null) bodies.Add(fd);
                    break;
            }
        // 3. Function bodies.
        foreach (var fd in bodies) Walk(fd.Body!);
    }

    private bool IsGenericMethod(Ast.FuncDecl fd) =>
        info.Defs.GetValueOrDefault(fd.Name) is FuncObj { Type: Signature { RecvTypeParams.Length: > 0 } };

    private void Var(Ast.VarDecl v)
    {
        pos = v.Pos;
        foreach (var n in v.Names)
            if (info.Defs.GetValueOrDefault(n) is VarObj vo) Size(vo.Type);
        foreach (var x in v.Values) Walk(x);
    }

    /// <summary>The statements and expressions under a node, in source order.</summary>
    private void Walk(Ast.Node root)
    {
        // An explicit stack: expressions nest deeply.
        var stack = new Stack<Ast.Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            switch (n)
            {
                case Ast.VarDecl v:
                    pos = v.Pos;
                    foreach (var name in v.Names)
                        if (info.Defs.GetValueOrDefault(name) is VarObj vo) Size(vo.Type);
                    foreach (var x in ((IEnumerable<Ast.Expr>)v.Values).Reverse()) stack.Push(x);
                    continue;
                case Ast.TypeDecl td:
                    if (!td.IsAlias && info.Defs.GetValueOrDefault(td.Name) is TypeNameObj tn)
                    {
                        pos = td.Name.Pos;
                        Size(tn.Type);
                    }
                    continue;
                case Ast.ConstDecl:
                    continue;
                case Ast.Expr e when info.TypeOf(e) is { } tv && (tv.IsValue || tv.IsType):
                    pos = e.Pos;
                    Size(tv.Type);
                    break;
            }
            foreach (var c in Checker.Children(n).Reverse()) stack.Push(c);
        }
    }

    /// <summary>A type's size in bytes, computed once, reporting the limits it exceeds.</summary>
    private long Size(GoType t)
    {
        if (done.TryGetValue(t, out var known)) return known;
        if (t is BasicType or TypeParamType) return Layout.Sizeof(t);
        List<(GoType Type, long Size)>? bucket = null;
        if (t is not NamedType)
        {
            var key = TypeString.Of(t);
            if (!unnamed.TryGetValue(key, out bucket)) unnamed[key] = bucket = [];
            foreach (var (other, size) in bucket)
                if (Predicates.Identical(t, other)) { done[t] = size; return size; }
        }
        // Recursive types refer to themselves through pointers, slices, maps, channels or functions,
        // whose size does not depend on their element: a provisional entry ends the recursion.
        done[t] = Layout.PtrSize;
        var s = Compute(t, t is NamedType { IsGeneric: true } ? null : t.Underlying);
        done[t] = s;
        bucket?.Add((t, s));
        return s;
    }

    private long Compute(GoType t, GoType? u)
    {
        switch (u)
        {
            case null: return Layout.PtrSize;
            case ArrayType a:
            {
                var elem = Size(a.Elem);
                if (elem != 0 && (ulong)a.Len > (ulong)(MaxWidth - 1) / (ulong)elem)
                    Error($"type {TypeString.Relative(u, pkg)} larger than address space");
                return unchecked(a.Len * elem);
            }
            case ChanType c:
                if (Size(c.Elem) >= 1 << 16) Error("channel element type too large (>64kB)");
                return Layout.PtrSize;
            case StructType st:
                foreach (var f in st.Fields) Size(f.Type);
                return unchecked(Layout.Sizeof(st));
            case PointerType p: Size(p.Elem); return Layout.PtrSize;
            case SliceType sl: Size(sl.Elem); return 3 * Layout.PtrSize;
            case MapType m: Size(m.Elem); Size(m.Key); return Layout.PtrSize;
            case Signature sig when sig.TypeParams.Length == 0:
                if (sig.Recv != null) Size(sig.Recv.Type);
                foreach (var v in sig.Params.Vars) Size(v.Type);
                foreach (var v in sig.Results.Vars) Size(v.Type);
                return Layout.PtrSize;
            case TupleType tu:
                foreach (var v in tu.Vars) Size(v.Type);
                return Layout.Sizeof(tu);
            default: return Layout.Sizeof(t);
        }
    }

    private void Error(string message) => errors.Add(new Diagnostic(pos, message));
}
