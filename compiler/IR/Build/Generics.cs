using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Generic code by monomorphization: one function per distinct list of type arguments.
//
// An instance is built by the ordinary FuncBuilder from the generic declaration's AST, with an Info
// made for it (InstanceInfo.Make): the checker's facts about the declaration's nodes with the type
// arguments substituted for the type parameters, fresh local variables of the substituted types,
// and method selections on type parameters resolved to the type arguments' own methods. The builder
// then never sees a type parameter. Uses of generic functions in concrete code are rewritten to
// instance FuncObjs whose LinkName is the instance's symbol (pkg.Sum[int]); each one, and each
// method of an instantiated type that code or a method table refers to, is queued here and built
// once per package (DUPOK: another package may build the same one).

/// <summary>A generic function or method to build for one list of type arguments, as symbol Symbol.</summary>
public sealed record InstanceRequest(FuncObj Generic, ImmutableArray<GoType> TypeArgs, string Symbol);

/// <summary>The instantiations a package needs: requested while building, built by PackageBuilder.</summary>
public sealed class Instantiations
{
    private readonly Dictionary<string, InstanceRequest> requested = new(StringComparer.Ordinal);
    private readonly List<InstanceRequest> pending = [];
    private readonly Dictionary<string, FuncObj> funcs = new(StringComparer.Ordinal);

    /// <summary>
    /// The symbol of generic function g instantiated with targs: pkg.F[int,string] (type arguments in
    /// link form, package paths in full). Tracebacks print it as gc does, pkg.F[...].
    /// </summary>
    public static string FuncSymbol(FuncObj g, IReadOnlyList<GoType> targs) =>
        $"{g.Pkg?.Path}.{g.Name}[{string.Join(",", targs.Select(TypeNames.Link))}]";

    /// <summary>The instance of generic function g for targs, as a callable FuncObj (requested for building).</summary>
    public FuncObj Func(FuncObj g, IReadOnlyList<GoType> targs)
    {
        var sym = FuncSymbol(g, targs);
        if (funcs.TryGetValue(sym, out var f)) return f;
        f = new FuncObj(g.Name, g.Pos, g.Pkg, Subst.InstantiateSignature(g.Signature, targs))
        {
            Origin = g, LinkName = sym, NoInline = g.NoInline, NoSplit = g.NoSplit,
        };
        funcs[sym] = f;
        Request(g, [.. targs], sym);
        return f;
    }

    /// <summary>Requests the code of m when it is a method of an instantiated generic type (List[int].Push).</summary>
    public void Method(FuncObj m)
    {
        if (m.Origin is not { IsGeneric: true } g || m.Signature.Recv == null) return;
        var rt = m.Signature.Recv.Type is PointerType p ? p.Elem : m.Signature.Recv.Type;
        if (rt is not NamedType { TypeArgs.Length: > 0 } named || named.TypeArgs.Any(Subst.HasTypeParams)) return;
        Request(g, named.TypeArgs, m.LinkSymbol);
    }

    private void Request(FuncObj g, ImmutableArray<GoType> targs, string sym)
    {
        if (requested.ContainsKey(sym)) return;
        var r = new InstanceRequest(g, targs, sym);
        requested[sym] = r;
        pending.Add(r);
    }

    /// <summary>The requests not yet taken, sorted by symbol (the output does not depend on the order code asked for them).</summary>
    public List<InstanceRequest> TakePending()
    {
        var list = pending.OrderBy(r => r.Symbol, StringComparer.Ordinal).ToList();
        pending.Clear();
        return list;
    }

    /// <summary>
    /// Makes a concrete Info ready for building: uses of generic functions with concrete type
    /// arguments refer to their instances, and the methods of instantiated types it selects are requested.
    /// </summary>
    public void Prepare(Info info)
    {
        foreach (var (name, inst) in info.Instances)
        {
            if (info.Uses.GetValueOrDefault(name) is not FuncObj { Signature.TypeParams.Length: > 0 } g) continue;
            if (inst.TypeArgs.Any(Subst.HasTypeParams)) continue;
            info.Uses[name] = Func(g, inst.TypeArgs);
        }
        foreach (var sel in info.Selections.Values)
            if (sel.Obj is FuncObj m && !Subst.HasTypeParams(sel.Recv)) Method(m);
    }
}

/// <summary>The Info an instance of a generic declaration is built from (see the comment at the top of this file).</summary>
public static class InstanceInfo
{
    /// <summary>
    /// The facts about decl (the declaration of generic, checked into src) with targs substituted for
    /// its type parameters, and the instance's FuncObj (signature over the new parameter variables).
    /// </summary>
    public static (Info Info, FuncObj Obj) Make(Info src, Ast.FuncDecl decl, FuncObj generic, IReadOnlyList<GoType> targs, string symbol)
    {
        var gsig = generic.Signature;
        var tparams = gsig.TypeParams.Length > 0 ? gsig.TypeParams : gsig.RecvTypeParams;
        var map = Subst.Map(tparams, targs);
        GoType S(GoType t) => Subst.Apply(t, map);

        var nodes = Nodes(src, decl);
        var dst = new Info();
        // Local variables: each instance has its own, of the substituted type.
        var vars = new Dictionary<VarObj, VarObj>(ReferenceEqualityComparer.Instance);
        var locals = new HashSet<VarObj>(ReferenceEqualityComparer.Instance);
        foreach (var n in nodes)
        {
            if (n is Ast.Name name && src.Defs.GetValueOrDefault(name) is VarObj { IsGlobal: false, IsField: false } v) locals.Add(v);
            // A type declared in the body would need a distinct type per instance (gc 1.19 rejects them too).
            if (n is Ast.Name tn && src.Defs.GetValueOrDefault(tn) is TypeNameObj { Type: NamedType local } && Subst.HasTypeParams(local.Underlying))
                throw new UserError(tn.Pos, "type declarations inside generic functions are not supported by gosharp yet");
            if (src.Implicits.GetValueOrDefault(n) is VarObj iv) locals.Add(iv);
            if (n is Ast.FuncLit && src.Types.GetValueOrDefault((Ast.Expr)n)?.Type is Signature ls)
                foreach (var lv in ls.Params.Vars.Concat(ls.Results.Vars)) locals.Add(lv);
        }
        if (gsig.Recv != null) locals.Add(gsig.Recv);
        foreach (var v in gsig.Params.Vars) locals.Add(v);
        foreach (var v in gsig.Results.Vars) locals.Add(v);
        VarObj Var(VarObj v)
        {
            if (!locals.Contains(v)) return v;
            if (vars.TryGetValue(v, out var nv)) return nv;
            nv = new VarObj(v.Name, v.Pos, v.Pkg, S(v.Type))
            {
                IsParam = v.IsParam, Origin = v.Origin ?? v, Used = v.Used, AddressTaken = v.AddressTaken, Captured = v.Captured,
            };
            vars[v] = nv;
            return nv;
        }
        GoObject Obj(GoObject o) => o is VarObj v ? Var(v) : o;

        foreach (var n in nodes)
        {
            if (n is Ast.Expr e && src.Types.TryGetValue(e, out var tv))
            {
                // A function literal's parameters are the variables its body uses: the new ones.
                dst.Types[e] = n is Ast.FuncLit && tv.Type is Signature ls
                    ? tv with { Type = new Signature(null, new TupleType([.. ls.Params.Vars.Select(Var)]), new TupleType([.. ls.Results.Vars.Select(Var)]), ls.Variadic) }
                    : tv with { Type = S(tv.Type) };
            }
            if (n is Ast.Name name)
            {
                if (src.Defs.TryGetValue(name, out var d)) dst.Defs[name] = Obj(d);
                if (src.Uses.TryGetValue(name, out var u)) dst.Uses[name] = Obj(u);
                if (src.Instances.TryGetValue(name, out var inst))
                    dst.Instances[name] = new Instance([.. inst.TypeArgs.Select(S)], S(inst.Type));
            }
            if (src.Implicits.TryGetValue(n, out var io)) dst.Implicits[n] = Obj(io);
            if (n is Ast.FuncLit fl && src.Captures.TryGetValue(fl, out var caps)) dst.Captures[fl] = caps.Select(Var).ToList();
            if (n is Ast.ForStmt fs)
            {
                if (src.Ranges.TryGetValue(fs, out var ri))
                    dst.Ranges[fs] = ri with { XType = S(ri.XType), Key = ri.Key == null ? null : S(ri.Key), Value = ri.Value == null ? null : S(ri.Value) };
                if (src.LoopVars.TryGetValue(fs, out var lv)) dst.LoopVars[fs] = lv.Select(Var).ToList();
            }
            if (src.Scopes.TryGetValue(n, out var sc)) dst.Scopes[n] = sc;
        }
        foreach (var n in nodes)
            if (n is Ast.SelectorExpr sel && src.Selections.TryGetValue(sel, out var s))
                dst.Selections[sel] = Selection(sel, s, S(s.Recv), dst);

        var recv = gsig.Recv == null ? null : Var(gsig.Recv);
        var isig = new Signature(recv, new TupleType([.. gsig.Params.Vars.Select(Var)]), new TupleType([.. gsig.Results.Vars.Select(Var)]), gsig.Variadic);
        var obj = new FuncObj(generic.Name, generic.Pos, generic.Pkg, isig)
        {
            Origin = generic, LinkName = recv == null ? symbol : null, NoInline = generic.NoInline, NoSplit = generic.NoSplit,
        };
        return (dst, obj);
    }

    /// <summary>
    /// A selection with its receiver type substituted. A method selected through a type parameter
    /// (its constraint's method) or on a generic type's instance is looked up again on the type argument.
    /// </summary>
    private static Selection Selection(Ast.SelectorExpr sel, Selection s, GoType recv, Info dst)
    {
        if (ReferenceEquals(recv, s.Recv) || s.Obj is not FuncObj m || s.Kind == SelectionKind.FieldVal) return s with { Recv = recv };
        var found = LookupMethod(recv, m);
        if (found == null) throw new UserError(sel.Sel.Pos, $"internal: no method {m.Name} on {recv} in instantiation");
        var (fm, index, indirect) = found.Value;
        if (s.Kind == SelectionKind.MethodExpr) return new Selection(s.Kind, recv, fm, index, indirect);
        var reached = Reached(recv, index);
        var reachedPtr = reached.Underlying is PointerType;
        var isIface = reached.Underlying is InterfaceType;
        var ptrRecv = fm.Signature.Recv?.Type is PointerType;
        var addr = !isIface && ptrRecv && !reachedPtr;
        var deref = !isIface && !ptrRecv && reachedPtr;
        // The builder takes the address of the receiver variable to reach a pointer method or an
        // embedded field (the generic code called the constraint's method on the value itself).
        if ((addr || index.Count > 0 && recv.Underlying is not PointerType) && Unparen(sel.X) is Ast.Name xn
            && dst.Uses.GetValueOrDefault(xn) is VarObj { IsGlobal: false } xv)
            xv.AddressTaken = true;
        return new Selection(s.Kind, recv, fm, index, indirect) { AddrRecv = addr, DerefRecv = deref };
    }

    private static Ast.Expr Unparen(Ast.Expr e) => e is Ast.ParenExpr p ? Unparen(p.X) : e;

    private static GoType Reached(GoType t, IReadOnlyList<int> path)
    {
        foreach (var i in path)
        {
            var bt = t.Underlying is PointerType p ? p.Elem : t;
            t = ((StructType)bt.Underlying).Fields[i].Type;
        }
        return t;
    }

    /// <summary>
    /// The method of type t named like m (the spec's selector rule: the shallowest depth through
    /// embedded fields), with the path of embedded fields to it and whether a pointer was followed.
    /// </summary>
    public static (FuncObj Method, IReadOnlyList<int> Index, bool Indirect)? LookupMethod(GoType t, FuncObj m)
    {
        var key = TypeDescriptors.MethodName(m);
        var (start, ptr) = t is PointerType p ? (p.Elem, true) : (t, false);
        var current = new List<(GoType Type, List<int> Path, bool Indirect)> { (start, [], ptr) };
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        while (current.Count > 0)
        {
            var next = new List<(GoType, List<int>, bool)>();
            foreach (var (et, path, ind) in current)
            {
                if (et is NamedType named)
                {
                    if (!seen.Add(named)) continue;
                    if (named.Methods.FirstOrDefault(x => TypeDescriptors.MethodName(x) == key) is { } found) return (found, path, ind);
                }
                switch (et.Underlying)
                {
                    case InterfaceType it when it.AllMethods.FirstOrDefault(x => TypeDescriptors.MethodName(x) == key) is { } im:
                        return (im, path, ind);
                    case StructType st:
                        for (int i = 0; i < st.Fields.Length; i++)
                        {
                            if (!st.Fields[i].Embedded) continue;
                            var ft = st.Fields[i].Type;
                            var fp = ft is PointerType pp;
                            next.Add((fp ? ((PointerType)ft).Elem : ft, [.. path, i], ind || fp));
                        }
                        break;
                }
            }
            current = next;
        }
        return null;
    }

    // ---- the nodes of a declaration ----

    private static readonly ConditionalWeakTable<Ast.FuncDecl, List<Ast.Node>> nodeCache = new();

    /// <summary>
    /// The nodes of decl that src has facts about: those positioned between its "func" and its
    /// closing brace in its file (the AST has no parent links, and positions are the source's own).
    /// </summary>
    public static List<Ast.Node> Nodes(Info src, Ast.FuncDecl decl) => nodeCache.GetValue(decl, d =>
    {
        var from = d.Pos;
        var to = d.Body!.Rbrace;
        bool In(Ast.Node n) => n.Pos.File == from.File && Cmp(n.Pos, from) >= 0 && Cmp(n.Pos, to) <= 0;
        var set = new HashSet<Ast.Node>(ReferenceEqualityComparer.Instance);
        void AddAll(IEnumerable<Ast.Node> keys) { foreach (var k in keys) if (In(k)) set.Add(k); }
        AddAll(src.Types.Keys);
        AddAll(src.Defs.Keys);
        AddAll(src.Uses.Keys);
        AddAll(src.Selections.Keys);
        AddAll(src.Implicits.Keys);
        AddAll(src.Captures.Keys);
        AddAll(src.Ranges.Keys);
        AddAll(src.LoopVars.Keys);
        AddAll(src.Instances.Keys);
        AddAll(src.Scopes.Keys);
        return [.. set];
    });

    private static int Cmp(SourcePos a, SourcePos b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Col.CompareTo(b.Col);
}

/// <summary>
/// Where the generic declarations a package instantiates are: its own (checked with the package),
/// or an imported package's, whose source travels in its export data and is checked here on first use
/// (Checker.CheckImportedGenerics).
/// </summary>
public sealed class GenericDecls(PackageInfo pkg, Info info, IReadOnlyList<Ast.File> files, Func<string, PackageInfo?>? importer, DiagnosticBag errors)
{
    private readonly Dictionary<FuncObj, (Ast.FuncDecl Decl, Info Info)> decls = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PackageInfo> loaded = new(ReferenceEqualityComparer.Instance);
    private bool own;

    /// <summary>Builds one instance (and the closures in it), DUPOK.</summary>
    public void Build(PackageIr ir, InstanceRequest req)
    {
        var g = req.Generic;
        var (decl, src) = Find(g) ?? throw new UserError(g.Pos, $"cannot instantiate {g.FullName}: its declaration is not available (package compiled without generic source?)");
        if (req.Symbol.Length > 4000) throw new UserError(decl.Pos, $"instantiation cycle: {g.FullName} instantiated with ever larger type arguments");
        var (iinfo, obj) = InstanceInfo.Make(src, decl, g, req.TypeArgs, req.Symbol);
        ir.Generics.Prepare(iinfo);
        var before = ir.Funcs.Count;
        var fn = new FuncBuilder(g.Pkg ?? pkg, iinfo, ir, errors).BuildFunc(obj, decl);
        ir.Funcs.Add(fn);
        for (int i = before; i < ir.Funcs.Count; i++) ir.Funcs[i].DupOk = true;
    }

    private (Ast.FuncDecl, Info)? Find(FuncObj g)
    {
        if (!own) { own = true; Add(info, info.Funcs, files); }
        if (decls.TryGetValue(g, out var d)) return d;
        var gp = g.Pkg;
        if (gp == null || gp == pkg || !loaded.Add(gp) || importer == null) return null;
        // A package known only through another's export data (its type appears in an imported
        // declaration, it is not imported here) has no sources yet: read its own export data.
        if (!gp.Complete) importer(gp.Path);
        if (gp.GenericSources.Count == 0) return null;
        var (gfiles, ginfo) = Checker.CheckImportedGenerics(gp, importer, errors);
        if (errors.HasErrors) throw new UserError(errors.Items);
        Add(ginfo, ginfo.Funcs, gfiles);
        return decls.TryGetValue(g, out d) ? d : null;
    }

    private void Add(Info src, List<(Ast.FuncDecl Decl, FuncObj Obj)> funcs, IReadOnlyList<Ast.File> fs)
    {
        foreach (var (decl, obj) in funcs)
            if (decl.Body != null && obj.IsGeneric) decls.TryAdd(obj, (decl, src));
        foreach (var decl in fs.SelectMany(f => f.Decls).OfType<Ast.FuncDecl>())
            if (decl.Body != null && decl.Recv != null && src.Defs.GetValueOrDefault(decl.Name) is FuncObj { IsGeneric: true } m)
                decls.TryAdd(m, (decl, src));
    }
}
