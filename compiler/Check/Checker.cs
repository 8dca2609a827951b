using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// The type checker: resolves names, computes the type (and constant value) of every expression, and
/// reports gc's errors. Organized like go/types: package-level objects are collected first and checked
/// on demand (so declaration order does not matter), then function bodies, then initialization order.
/// The partial class is split by concern: declarations, type expressions, expressions, statements,
/// builtins, assignability/conversions.
/// </summary>
public sealed partial class Checker
{
    private readonly PackageInfo pkg;
    private readonly Info info;
    private readonly DiagnosticBag errors;
    private readonly Func<string, PackageInfo?> importer;
    private readonly Dictionary<GoObject, DeclInfo> decls = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GoObject, Color> colors = new(ReferenceEqualityComparer.Instance);
    private readonly List<GoObject> path = [];
    /// <summary>The state of the function body being checked (null at package level).</summary>
    private FuncContext? fn;
    /// <summary>The value of iota in the constant declaration being checked.</summary>
    private ConstValue? iota;
    private Scope scope;

    private enum Color { White, Grey, Black }

    /// <summary>How a package-level object was declared.</summary>
    private sealed class DeclInfo
    {
        public required Scope FileScope;
        public Ast.ConstDecl? Const;
        public Ast.Expr? ConstType;
        public Ast.Expr? ConstInit;
        public int Iota;
        public Ast.VarDecl? Var;
        /// <summary>All variables of a multi-variable declaration with one initializer (a, b = f()).</summary>
        public List<VarObj>? VarLhs;
        public Ast.Expr? VarInit;
        public Ast.TypeDecl? Type;
        public Ast.FuncDecl? Func;
        /// <summary>Package-level objects this one's initializer or body refers to (for init order).</summary>
        public readonly HashSet<GoObject> Deps = new(ReferenceEqualityComparer.Instance);
    }

    private Checker(PackageInfo pkg, Info info, DiagnosticBag errors, Func<string, PackageInfo?> importer)
    {
        this.pkg = pkg;
        this.info = info;
        this.errors = errors;
        this.importer = importer;
        scope = pkg.Scope;
    }

    /// <summary>
    /// Checks one package. <paramref name="importer"/> gives the packages named by import paths (null:
    /// not found). Errors are added to <paramref name="errors"/>.
    /// </summary>
    public static (PackageInfo Package, Info Info) CheckPackage(string path, IReadOnlyList<Ast.File> files,
        Func<string, PackageInfo?> importer, DiagnosticBag errors)
    {
        var name = files.Count > 0 ? files[0].PkgName.Value : "main";
        var pkg = new PackageInfo(path, name);
        var info = new Info();
        var c = new Checker(pkg, info, errors, importer);
        c.CollectObjects(files);
        c.PackageObjects();
        c.FuncBodies();
        c.ComputeInitOrder();
        c.UnusedImports();
        if (name == "main" && path == "main" && pkg.Scope.LookupLocal("main") is not FuncObj && files.Count > 0)
            c.Error(default(SourcePos), "function main is undeclared in the main package");
        return (pkg, info);
    }

    // ---- errors ----

    private void Error(SourcePos pos, string message) => errors.Add(pos, message);

    private void Error(Ast.Node n, string message) => errors.Add(n.Pos, message);

    /// <summary>An expression's text for messages, as gc prints it (ExprString).</summary>
    private static string S(Ast.Expr e) => ExprString.Of(e);

    private string T(GoType t) => TypeString.Relative(t, pkg);

    // ---- package-level declarations ----

    private readonly List<(Ast.FuncDecl Decl, FuncObj Obj, Scope FileScope)> methodDecls = [];
    private readonly List<(PkgNameObj Obj, Ast.ImportDecl Decl)> imports = [];

    private void CollectObjects(IReadOnlyList<Ast.File> files)
    {
        foreach (var file in files)
        {
            if (file.PkgName.Value != pkg.Name)
            {
                Error(file.PkgName, $"package {file.PkgName.Value}; expected package {pkg.Name}");
                continue;
            }
            var fileScope = new Scope(pkg.Scope, "file " + file.FileName);
            foreach (var d in file.Decls)
            {
                switch (d)
                {
                    case Ast.ImportDecl imp: CollectImport(imp, fileScope); break;
                    case Ast.ConstDecl cd:
                        for (int i = 0; i < cd.Names.Length; i++)
                        {
                            var obj = new ConstObj(cd.Names[i].Value, cd.Names[i].Pos, pkg, Universe.Invalid, ConstValue.Unknown);
                            var (typ, init) = ConstSpec(cd, files, i);
                            DeclarePkgObj(cd.Names[i], obj, new DeclInfo { FileScope = fileScope, Const = cd, ConstType = typ, ConstInit = init, Iota = cd.Iota });
                        }
                        break;
                    case Ast.VarDecl vd:
                        var lhs = vd.Names.Select(n => new VarObj(n.Value, n.Pos, pkg, Universe.Invalid) { IsGlobal = true }).ToList();
                        for (int i = 0; i < vd.Names.Length; i++)
                        {
                            var di = new DeclInfo { FileScope = fileScope, Var = vd };
                            if (vd.Values.Length == 1 && vd.Names.Length > 1) { di.VarLhs = lhs; di.VarInit = vd.Values[0]; }
                            else if (i < vd.Values.Length) di.VarInit = vd.Values[i];
                            DeclarePkgObj(vd.Names[i], lhs[i], di);
                            info.Globals.Add(lhs[i]);
                        }
                        break;
                    case Ast.TypeDecl td:
                        var tn = new TypeNameObj(td.Name.Value, td.Name.Pos, pkg, Universe.Invalid) { IsAlias = td.IsAlias };
                        DeclarePkgObj(td.Name, tn, new DeclInfo { FileScope = fileScope, Type = td });
                        break;
                    case Ast.FuncDecl fd:
                        var sig = new Signature(null, TupleType.Empty, TupleType.Empty, false);
                        var fo = new FuncObj(fd.Name.Value, fd.Name.Pos, pkg, sig) { HasBody = fd.Body != null };
                        ApplyPragmas(fd, fo);
                        if (fd.Recv != null)
                        {
                            info.Defs[fd.Name] = fo;
                            methodDecls.Add((fd, fo, fileScope));
                            decls[fo] = new DeclInfo { FileScope = fileScope, Func = fd };
                            break;
                        }
                        if (fd.Name.Value == "init")
                        {
                            // init functions are not declared in the package scope and cannot be referred to.
                            info.Defs[fd.Name] = fo;
                            decls[fo] = new DeclInfo { FileScope = fileScope, Func = fd };
                            if (fd.TypeParams.Length > 0) Error(fd.Name, "func init must have no type parameters");
                            if (fd.Type.Params.Length > 0 || fd.Type.Results.Length > 0) Error(fd.Name, "func init must have no arguments and no return values");
                            if (fd.Body == null) Error(fd.Name, "missing function body");
                        }
                        else
                        {
                            if (fd.Name.Value == "main" && pkg.Name == "main")
                            {
                                if (fd.TypeParams.Length > 0) Error(fd.Name, "func main must have no type parameters");
                                if (fd.Type.Params.Length > 0 || fd.Type.Results.Length > 0) Error(fd.Name, "func main must have no arguments and no return values");
                            }
                            DeclarePkgObj(fd.Name, fo, new DeclInfo { FileScope = fileScope, Func = fd });
                        }
                        info.Funcs.Add((fd, fo));
                        break;
                }
            }
            // Names imported into the file must not collide with package-level names.
            foreach (var o in fileScope.Objects)
                if (pkg.Scope.LookupLocal(o.Name) is { } alt)
                    Error(alt.Pos, $"{o.Name} already declared through import of {((PkgNameObj)o).Imported.Path}");
        }
    }

    /// <summary>A const spec's type and value expression, repeating the previous spec of its group when it has none.</summary>
    private (Ast.Expr? Type, Ast.Expr? Init) ConstSpec(Ast.ConstDecl cd, IReadOnlyList<Ast.File> files, int i)
    {
        var src = cd;
        if (cd.Values.IsEmpty && cd.Group != null)
        {
            Ast.ConstDecl? last = null;
            foreach (var f in files)
                foreach (var d in f.Decls)
                {
                    if (ReferenceEquals(d, cd)) goto found;
                    if (d is Ast.ConstDecl c2 && ReferenceEquals(c2.Group, cd.Group) && !c2.Values.IsEmpty) last = c2;
                }
            found:
            if (last != null) src = last;
        }
        return ConstSpecOf(src, i);
    }

    private static (Ast.Expr? Type, Ast.Expr? Init) ConstSpecOf(Ast.ConstDecl src, int i) =>
        (src.Type, i < src.Values.Length ? src.Values[i] : null);

    private void ApplyPragmas(Ast.FuncDecl fd, FuncObj fo)
    {
        foreach (var p in fd.Pragmas)
        {
            switch (p.Verb)
            {
                case "go:noinline": fo.NoInline = true; break;
                case "go:nosplit": fo.NoSplit = true; break;
            }
        }
        if (fd.Body == null) fo.Abi = FuncAbi.Stack;
    }

    private void CollectImport(Ast.ImportDecl imp, Scope fileScope)
    {
        var lit = Literals.String(imp.Path.Value);
        if (lit == null || lit.Str.Length == 0) { Error(imp.Path, $"invalid import path: {imp.Path.Value}"); return; }
        var path = ByteString.ToDisplay(lit.Str);
        PackageInfo? imported = path == "unsafe" ? Universe.Unsafe : importer(path);
        if (imported == null) { Error(imp.Path, $"could not import {path} (package not found)"); return; }
        if (!pkg.Imports.Contains(imported)) pkg.Imports.Add(imported);
        var local = imp.LocalName?.Value ?? imported.Name;
        if (local == "_") return;
        if (local == ".")
        {
            foreach (var o in imported.Scope.Objects)
                if (o.Exported) fileScope.Insert(o);
            return;
        }
        var obj = new PkgNameObj(local, imp.LocalName?.Pos ?? imp.Path.Pos, pkg, imported);
        if (imp.LocalName != null) info.Defs[imp.LocalName] = obj;
        else info.Implicits[imp] = obj;
        if (fileScope.Insert(obj) is { } prev)
        {
            Error(obj.Pos, $"{local} redeclared in this block\n\t{prev.Pos}: other declaration of {local}");
            return;
        }
        imports.Add((obj, imp));
    }

    private void DeclarePkgObj(Ast.Name name, GoObject obj, DeclInfo d)
    {
        info.Defs[name] = obj;
        decls[obj] = d;
        if (name.Value == "_") return;
        if (name.Value == "init" && obj is not FuncObj) { Error(name, "cannot declare init - must be func"); return; }
        if (name.Value == "main" && pkg.Name == "main" && obj is not FuncObj) { Error(name, "cannot declare main - must be func"); return; }
        if (pkg.Scope.Insert(obj) is { } prev)
            Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
    }

    private void UnusedImports()
    {
        foreach (var (obj, decl) in imports)
            if (!obj.Used)
                Error(decl.Path, decl.LocalName == null || decl.LocalName.Value == obj.Imported.Name
                    ? $"{decl.Path.Value} imported and not used"
                    : $"{decl.Path.Value} imported as {obj.Name} and not used");
    }

    /// <summary>Checks every package-level object (types first, so methods can attach), then methods.</summary>
    private void PackageObjects()
    {
        var all = decls.Keys.Where(o => o is not FuncObj || decls[o].Func!.Recv == null).ToList();
        foreach (var o in all.Where(o => o is TypeNameObj)) ObjDecl(o);
        foreach (var (fd, fo, fileScope) in methodDecls) MethodDecl(fd, fo, fileScope);
        foreach (var o in all.Where(o => o is not TypeNameObj)) ObjDecl(o);
    }

    /// <summary>Type-checks a package-level object's declaration once, detecting cycles.</summary>
    private void ObjDecl(GoObject obj)
    {
        if (!decls.TryGetValue(obj, out var d)) return;
        var color = colors.GetValueOrDefault(obj);
        if (color == Color.Black) return;
        if (color == Color.Grey)
        {
            // A cycle: fine through a named type's declaration, an error for constants and variables.
            if (obj is TypeNameObj tn && !tn.IsAlias) return;
            if (obj is FuncObj) return;
            ReportCycle(obj);
            return;
        }
        colors[obj] = Color.Grey;
        path.Add(obj);
        var savedScope = scope;
        var savedFn = fn;
        var savedIota = iota;
        scope = d.FileScope;
        fn = null;
        try
        {
            switch (obj)
            {
                case ConstObj c: ConstDecl(c, d); break;
                case VarObj v: VarDecl(v, d); break;
                case TypeNameObj t: TypeDecl(t, d.Type!); break;
                case FuncObj f: FuncDecl(f, d.Func!); break;
            }
        }
        finally
        {
            scope = savedScope;
            fn = savedFn;
            iota = savedIota;
            path.RemoveAt(path.Count - 1);
            colors[obj] = Color.Black;
        }
    }

    private void ReportCycle(GoObject obj)
    {
        var start = path.IndexOf(obj);
        var cycle = path.Skip(start).ToList();
        var kind = obj is ConstObj or VarObj ? "initialization cycle" : "invalid recursive type";
        var msg = $"{kind}: {obj.Name} refers to itself";
        if (cycle.Count > 1)
        {
            msg = $"{kind} or refers to itself";
            msg = $"{kind}:";
            foreach (var o in cycle) msg += $"\n\t{o.Pos}: {o.Name} refers to";
            msg += $"\n\t{obj.Pos}: {obj.Name}";
        }
        Error(obj.Pos, msg);
        if (obj is ConstObj c) { c.Type = Universe.Invalid; c.Value = ConstValue.Unknown; }
        else obj.Type = Universe.Invalid;
    }

    /// <summary>Records a package-level object use inside an initializer or function (for initialization order).</summary>
    private void RecordDependency(GoObject used)
    {
        if (used.Pkg != pkg || used.Parent != pkg.Scope && used is not FuncObj) return;
        if (current != null && decls.TryGetValue(current, out var d) && used is VarObj or ConstObj or FuncObj)
            d.Deps.Add(used);
    }

    /// <summary>The package-level object whose declaration is being checked (for dependencies).</summary>
    private GoObject? current => fn?.Owner ?? (path.Count > 0 ? path[^1] : null);

    private void ConstDecl(ConstObj c, DeclInfo d)
    {
        iota = ConstValue.Of(d.Iota);
        GoType? typ = null;
        if (d.ConstType != null)
        {
            typ = TypeExpr(d.ConstType);
            if (typ != Universe.Invalid && !Predicates.IsConstType(typ))
            {
                Error(d.ConstType, $"invalid constant type {T(typ)}");
                c.Type = Universe.Invalid;
                return;
            }
        }
        if (d.ConstInit == null)
        {
            var at = d.Const!.Names.Length > 0 ? d.Const.Names[^1].Pos : d.Const.Pos;
            Error(c.Pos, d.Const.Type == null && d.Const.Group == null ? "missing init expr for const declaration" : "missing init expr for const declaration");
            c.Type = Universe.Invalid;
            _ = at;
            return;
        }
        var x = Expr(d.ConstInit, typ);
        InitConst(c, x, typ);
    }

    private void InitConst(ConstObj c, Operand x, GoType? typ)
    {
        if (x.Invalid) { c.Type = Universe.Invalid; return; }
        if (x.Mode != Mode.Constant)
        {
            Error(x.Expr, $"{S(x.Expr)} (value of type {T(x.Type)}) is not constant");
            c.Type = Universe.Invalid;
            return;
        }
        if (typ != null) Assignment(x, typ, "constant declaration");
        if (x.Invalid) { c.Type = Universe.Invalid; return; }
        c.Type = x.Type;
        c.Value = x.Value!;
    }

    private void VarDecl(VarObj v, DeclInfo d)
    {
        var vd = d.Var!;
        GoType? typ = vd.Type != null ? TypeExpr(vd.Type) : null;
        if (d.VarLhs != null)
        {
            // var a, b = f(): all share one initializer, checked once.
            if (typ != null) foreach (var o in d.VarLhs) o.Type = typ;
            foreach (var o in d.VarLhs) colors[o] = Color.Grey;
            InitVars(d.VarLhs, [d.VarInit!], vd.Pos);
            foreach (var o in d.VarLhs) colors[o] = Color.Black;
            info.InitOrder.Add(new Initializer(d.VarLhs, d.VarInit!)); // order fixed later
            return;
        }
        if (typ != null) v.Type = typ;
        if (d.VarInit == null)
        {
            if (typ == null) v.Type = Universe.Invalid;
            if (vd.Values.Length > 0 && vd.Values.Length != vd.Names.Length)
                AssignError(vd.Values.Length, vd.Names.Length, vd.Pos, vd.Values.Length > 0 ? vd.Values[0] : null);
            return;
        }
        if (vd.Values.Length != vd.Names.Length && vd.Values.Length > 1)
        {
            if (v == decls.Keys.OfType<VarObj>().FirstOrDefault(o => decls[o].Var == vd))
                AssignError(vd.Values.Length, vd.Names.Length, vd.Names[0].Pos, null);
            v.Type = typ ?? Universe.Invalid;
            return;
        }
        var x = Expr(d.VarInit, typ);
        InitVar(v, x, "variable declaration");
        info.InitOrder.Add(new Initializer([v], d.VarInit));
    }

    private void TypeDecl(TypeNameObj obj, Ast.TypeDecl td)
    {
        if (td.TypeParams.Length > 0) { Error(td.Name, "generic types are not supported by gosharp yet"); obj.Type = Universe.Invalid; return; }
        if (td.IsAlias)
        {
            obj.Type = Universe.Invalid;
            obj.Type = TypeExpr(td.Type);
            return;
        }
        var named = new NamedType(obj);
        obj.Type = named;
        var under = TypeExpr(td.Type, named);
        if (under is NamedType n && !n.IsComplete) { Error(td.Name, $"invalid recursive type {obj.Name}"); under = Universe.Invalid; }
        named.SetUnderlying(under.Underlying);
    }

    private void FuncDecl(FuncObj f, Ast.FuncDecl fd)
    {
        if (fd.TypeParams.Length > 0) { Error(fd.Name, "generic functions are not supported by gosharp yet"); return; }
        var sig = FuncType(fd.Type, null, out var paramScope);
        f.Type = sig;
        if (decls.TryGetValue(f, out var d)) d.FileScope.ToString();
        pendingBodies.Add((f, fd, sig, paramScope));
    }

    private void MethodDecl(Ast.FuncDecl fd, FuncObj f, Scope fileScope)
    {
        var savedScope = scope;
        scope = fileScope;
        try
        {
            var recvField = fd.Recv!;
            var recvType = TypeExpr(recvField.Type);
            var (baseType, isPtr) = recvType is PointerType p ? (p.Elem, true) : (recvType, false);
            if (baseType is not NamedType named || named.Obj.Pkg != pkg)
            {
                if (recvType != Universe.Invalid)
                    Error(recvField.Type, baseType is NamedType ? $"cannot define new methods on non-local type {T(baseType)}" : $"invalid receiver type {T(recvType)}");
            }
            else if (named.Underlying is PointerType or InterfaceType)
                Error(recvField.Type, $"invalid receiver type {T(recvType)} ({(named.Underlying is PointerType ? "pointer" : "interface")} type)");
            var recv = new VarObj(recvField.Name?.Value ?? "", recvField.Name?.Pos ?? recvField.Pos, pkg, recvType) { IsParam = true };
            if (recvField.Name != null) info.Defs[recvField.Name] = recv;
            var sig = FuncType(fd.Type, recv, out var paramScope);
            f.Type = sig;
            if (baseType is NamedType nt && nt.Obj.Pkg == pkg)
            {
                if (nt.Method(fd.Name.Value) != null)
                    Error(fd.Name, $"method {nt.Obj.Name}.{fd.Name.Value} already declared");
                else if (nt.Underlying is StructType st && st.Fields.Any(x => x.Name == fd.Name.Value))
                    Error(fd.Name, $"field and method with the same name {fd.Name.Value}");
                else if (fd.Name.Value != "_") nt.Methods.Add(f);
            }
            _ = isPtr;
            pendingBodies.Add((f, fd, sig, paramScope));
        }
        finally { scope = savedScope; }
    }

    private readonly List<(FuncObj Obj, Ast.FuncDecl Decl, Signature Sig, Scope Params)> pendingBodies = [];

    private void FuncBodies()
    {
        // Bodies may declare nothing at package level, so one pass in source order suffices.
        for (int i = 0; i < pendingBodies.Count; i++)
        {
            var (obj, decl, sig, paramScope) = pendingBodies[i];
            if (decl.Body == null) continue;
            FuncBody(obj, decl.Name.Value, sig, decl.Body, paramScope);
        }
    }
}
