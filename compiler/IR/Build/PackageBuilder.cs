using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

/// <summary>A package-level data symbol the back end must emit: a variable (zeroed) or read-only bytes.</summary>
public sealed record DataSymbol(string Name, long Size, byte[]? Content, bool ReadOnly, bool DupOk, bool NoPointers, long Align = 8)
{
    /// <summary>Addresses of other symbols stored in the data: (offset, symbol) words.</summary>
    public List<(long Offset, string Symbol)> Addresses { get; init; } = [];
}

/// <summary>What the IR builder produces for a package: its functions in SSA form and its data.</summary>
public sealed class PackageIr
{
    public List<Func> Funcs { get; } = [];
    public List<DataSymbol> Data { get; } = [];
    /// <summary>Escape analysis decisions, for compile -m (gc's wording: "moved to heap: x", "... escapes to heap").</summary>
    public List<(SourcePos Pos, string Message)> EscapeNotes { get; } = [];
    private readonly Dictionary<string, DataSymbol> strings = new(StringComparer.Ordinal);
    public TypeDescriptors Types { get; }
    /// <summary>Pointer-receiver wrappers of value methods still to generate: (method, wrapper symbol).</summary>
    public List<(FuncObj Method, string Symbol)> PendingWrappers { get; } = [];
    private readonly HashSet<string> wrappers = new(StringComparer.Ordinal);

    public PackageIr() => Types = new TypeDescriptors(this, MethodCode);

    /// <summary>Instances of generic functions and methods the package's code needs (Generics.cs).</summary>
    public Instantiations Generics { get; } = new();

    /// <summary>
    /// The code an itab or method table holds for method m of dynamic type t: it receives the
    /// interface's data word as its receiver. Pointer methods and value methods of pointer-shaped
    /// types take it as is; other value methods need the wrapper pkg.(*T).m that loads the value.
    /// </summary>
    private string MethodCode(MethodEntry entry, GoType t)
    {
        Generics.Method(entry.Method);
        if (entry.Promoted) return PromotedMethodWrapper(entry, t);
        var m = entry.Method;
        if (m.Signature.Recv?.Type is PointerType) return m.LinkSymbol;
        if (t is not PointerType && TypeDescriptors.IsDirectIface(t)) return m.LinkSymbol;
        return ValueMethodWrapper(m);
    }

    /// <summary>Other generated functions still to build (method value and method expression wrappers).</summary>
    public List<(string Symbol, Func<FuncBuilder, Func> Build)> PendingForwarders { get; } = [];

    /// <summary>Asks for a generated function, once per symbol; returns the symbol.</summary>
    public string Forwarder(string symbol, Func<FuncBuilder, Func> build)
    {
        if (wrappers.Add(symbol)) PendingForwarders.Add((symbol, build));
        return symbol;
    }

    /// <summary>
    /// The wrapper calling a method promoted from an embedded field, for dynamic type t: it takes the
    /// interface's data word (a pointer to the T, or the T itself when T is pointer-shaped), follows
    /// the embedded fields to the receiver and calls the method, through the embedded interface when
    /// the receiver is one. gc's names: pkg.(*T).m, or pkg.T.m for the pointer-shaped form.
    /// </summary>
    private string PromotedMethodWrapper(MethodEntry entry, GoType t) =>
        PromotedMethodWrapper(entry, t, direct: t is not PointerType && TypeDescriptors.IsDirectIface(t));

    /// <summary>The method expression T.M (receiver T by value) or (*T).M of a promoted method.</summary>
    public string PromotedMethodExprWrapper(MethodEntry entry, GoType t) => PromotedMethodWrapper(entry, t, direct: t is not PointerType);

    private string PromotedMethodWrapper(MethodEntry entry, GoType t, bool direct)
    {
        // A defined type (gc's form pkg.(*T).m, with type arguments for instances) or an unnamed
        // struct type (struct{ io.Reader }), behind the pointer if any.
        var baseType = t is PointerType pt ? pt.Elem : t;
        var method = entry.Method;
        // An unexported method promoted from another package's type is not the type's own method of
        // that name (both are in the method set): as gc, its wrapper names the method's package.
        var m = method.Exported || method.Pkg == null || (baseType is NamedType bn && bn.Obj.Pkg == method.Pkg)
            ? method.Name : $"{method.Pkg.Path}.{method.Name}";
        string sym;
        if (baseType is NamedType named)
        {
            var tname = TypeNames.SymbolName(named);
            sym = direct ? $"{named.Obj.Pkg?.Path}.{tname}.{m}" : $"{named.Obj.Pkg?.Path}.(*{tname}).{m}";
        }
        else
        {
            var tname = TypeNames.Link(baseType);
            sym = direct ? $"{tname}.{m}" : $"(*{tname}).{m}";
        }
        return Forwarder(sym, fb => fb.BuildPromotedMethodWrapper(entry, baseType, direct, sym));
    }

    public string ValueMethodWrapper(FuncObj m)
    {
        Generics.Method(m);
        var named = (NamedType)m.Signature.Recv!.Type;
        var sym = $"{named.Obj.Pkg?.Path}.(*{TypeNames.SymbolName(named)}).{m.Name}";
        if (wrappers.Add(sym)) PendingWrappers.Add((m, sym));
        return sym;
    }

    /// <summary>
    /// The closure object of a top-level function used as a value: one word, the function's code
    /// address (gc names it "pkg.f·f"). Func values are pointers to closures; calls load the code from
    /// the first word and pass the closure itself in R26.
    /// </summary>
    public string FuncValueSymbol(string funcSymbol)
    {
        var name = funcSymbol + "·f";
        if (!strings.ContainsKey(name))
        {
            var sym = new DataSymbol(name, 8, null, ReadOnly: true, DupOk: true, NoPointers: true) { Addresses = [(0, funcSymbol)] };
            strings[name] = sym;
            Data.Add(sym);
        }
        return name;
    }

    /// <summary>The read-only symbol holding a string constant's bytes (one per distinct string, DUPOK across packages).</summary>
    public string StringSymbol(string byteString)
    {
        var name = "go:string." + ByteString.Quote(byteString);
        if (!strings.ContainsKey(name))
        {
            var sym = new DataSymbol(name, byteString.Length, ByteString.ToBytes(byteString), ReadOnly: true, DupOk: true, NoPointers: true, Align: 1);
            strings[name] = sym;
            Data.Add(sym);
        }
        return name;
    }
}

/// <summary>Builds the SSA functions and data of a checked package.</summary>
public static class PackageBuilder
{
    /// <summary>
    /// The prefix of the symbol holding a global variable's pointer bitmap ("go:gcmask.main.x" for
    /// main.x): gcdata's form, bit i set when word i of the variable may hold a pointer. Read-only
    /// and referenced by nothing, so the linker reads it and leaves it out of the executable.
    /// </summary>
    public const string GcMaskPrefix = "go:gcmask.";

    public static DataSymbol GlobalMask(string global, byte[] mask) =>
        new(GcMaskPrefix + global, Math.Max(1, mask.Length), mask.Length > 0 ? mask : new byte[1], ReadOnly: true, DupOk: false, NoPointers: true, Align: 1);

    /// <param name="importer">Imported packages by path, to check the bodies of their generic declarations this package instantiates.</param>
    public static PackageIr Build(PackageInfo pkg, Info info, IReadOnlyList<Ast.File> files, DiagnosticBag errors, Func<string, PackageInfo?>? importer = null)
    {
        var ir = new PackageIr();
        ir.Generics.Prepare(info);
        foreach (var g in info.Globals)
        {
            if (g.Name == "_" ) continue;
            // Pointer-free variables go to .noptrbss, which the garbage collector does not scan.
            var noptr = TypeDescriptors.PtrData(g.Type) == 0;
            ir.Data.Add(new DataSymbol(g.FullName, Math.Max(Layout.Sizeof(g.Type), 0), null, ReadOnly: false, DupOk: false, NoPointers: noptr, Align: Math.Max(1, Layout.Alignof(g.Type))));
            // Variables with pointers: their pointer bitmap, from which the linker builds the
            // collector's bitmap of .bss (runtime.gcbss).
            if (!noptr) ir.Data.Add(GlobalMask(g.FullName, TypeDescriptors.PointerMask(g.Type)));
        }

        // Functions and methods with bodies (Funcs lists methods too; older checkers did not: take both, once).
        var built = new HashSet<FuncObj>(ReferenceEqualityComparer.Instance);
        var decls = info.Funcs.Select(x => (x.Decl, (FuncObj?)x.Obj))
            .Concat(files.SelectMany(fl => fl.Decls).OfType<Ast.FuncDecl>().Where(d => d.Recv != null)
                .Select(d => (d, info.Defs.GetValueOrDefault(d.Name) as FuncObj)));
        foreach (var (decl, obj) in decls)
        {
            if (decl.Body == null || obj == null || !built.Add(obj)) continue;
            if (obj.Name == "_") continue; // blank functions and methods can never be called
            if (obj.IsGeneric) continue; // only its instances are code
            ir.Funcs.Add(new FuncBuilder(pkg, info, ir, errors).BuildFunc(obj, decl));
        }

        // The package's init: variable initializers in dependency order, then the init functions.
        var inits = InitFuncs(info);
        ir.Data.Add(new DataSymbol(InitFlagSymbol(pkg), 1, null, ReadOnly: false, DupOk: false, NoPointers: true, Align: 1));
        var initFb = new FuncBuilder(pkg, info, ir, errors);
        ir.Funcs.Add(initFb.BuildPackageInit(pkg, info.InitOrder, inits));
        // Wrappers requested by method tables and itabs (generating one may request types, not wrappers),
        // and instances of generic code (which may request more of both).
        var generics = new GenericDecls(pkg, info, files, importer, errors);
        int w = 0, fw = 0;
        while (true)
        {
            var instances = ir.Generics.TakePending();
            if (instances.Count == 0 && w == ir.PendingWrappers.Count && fw == ir.PendingForwarders.Count) break;
            foreach (var req in instances) generics.Build(ir, req);
            for (; w < ir.PendingWrappers.Count; w++)
            {
                var (m, sym) = ir.PendingWrappers[w];
                ir.Funcs.Add(new FuncBuilder(pkg, info, ir, errors).BuildValueMethodWrapper(m, sym));
            }
            for (; fw < ir.PendingForwarders.Count; fw++)
                ir.Funcs.Add(ir.PendingForwarders[fw].Build(new FuncBuilder(pkg, info, ir, errors)));
        }
        return ir;
    }

    /// <summary>The package's init functions in source order (a method named init is an ordinary method).</summary>
    public static List<FuncObj> InitFuncs(Info info) =>
        info.Funcs.Where(x => x.Decl.Name.Value == "init" && x.Decl.Recv == null && x.Decl.Body != null).Select(x => x.Obj).ToList();

    /// <summary>The byte that says a package's init has run (or is running).</summary>
    public static string InitFlagSymbol(PackageInfo pkg) => $"{pkg.Path}..inittask";

    /// <summary>The symbol of the n-th init function of a package (gc's naming: pkg.init.0).</summary>
    public static string InitFuncSymbol(PackageInfo pkg, int n) => $"{pkg.Path}.init.{n}";
}
