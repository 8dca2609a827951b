using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// The type checker: resolves names, computes the type (and constant value) of every expression, and
/// reports gc's errors. Organized like go/types: package-level objects are collected first and checked
/// on demand (so declaration order does not matter), then function bodies, then initialization order.
/// The partial class is split by concern: declarations (this file), type expressions, expressions,
/// calls and builtins, selectors and literals, generics (instantiation, inference), statements,
/// assignments, branches and init order.
/// </summary>
public sealed partial class Checker
{
    private readonly PackageInfo pkg;
    private readonly Info info;
    private readonly DiagnosticBag errors;
    private readonly Func<string, PackageInfo?> importer;
    private readonly Dictionary<GoObject, DeclInfo> decls = new(ReferenceEqualityComparer.Instance);
    /// <summary>Package-level objects in declaration order.</summary>
    private readonly List<GoObject> objOrder = [];
    private readonly Dictionary<GoObject, Color> colors = new(ReferenceEqualityComparer.Instance);
    /// <summary>The package-level objects whose declarations are being checked (for cycle errors).</summary>
    private readonly List<GoObject> objPath = [];
    /// <summary>The state of the function body being checked (null at package level).</summary>
    private FuncContext? fn;
    /// <summary>The value of iota in the constant declaration being checked.</summary>
    private ConstValue? iota;
    private Scope scope;
    /// <summary>Work to do once all package-level declarations are known (constraint checks, bodies).</summary>
    private readonly List<Action> later = [];
    /// <summary>The declaration whose initializer or body is being checked (for dependencies).</summary>
    private DeclInfo? declContext;
    /// <summary>Type parameters' constraints are being checked (a generic type referring to itself there is a cycle).</summary>
    private bool inTypeParamList;
    /// <summary>How many types have been declared inside functions so far (they are numbered for their symbols).</summary>
    private int localTypeCount;

    private enum Color { White, Grey, Black }

    /// <summary>How a package-level object was declared.</summary>
    private sealed class DeclInfo
    {
        public required Scope FileScope;
        public Ast.ConstDecl? Const;
        public Ast.Expr? ConstType;
        public Ast.Expr? ConstInit;
        /// <summary>The const spec's values come from an earlier spec of its group.</summary>
        public bool Inherited;
        public int Iota;
        public Ast.VarDecl? Var;
        /// <summary>All variables of a multi-variable declaration with one initializer (a, b = f()).</summary>
        public List<VarObj>? VarLhs;
        public Ast.Expr? VarInit;
        public Ast.TypeDecl? Type;
        public Ast.FuncDecl? Func;
        /// <summary>Package-level objects this one's initializer or body refers to (for init order), in order of first reference.</summary>
        public readonly List<GoObject> Deps = [];
        private readonly HashSet<GoObject> depSet = new(ReferenceEqualityComparer.Instance);

        public void AddDep(GoObject o) { if (depSet.Add(o)) Deps.Add(o); }
        public bool HasInitializer => VarInit != null || Func?.Body != null;
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
    /// not found). Errors are added to <paramref name="errors"/>. <paramref name="lang"/> is gc's -lang.
    /// </summary>
    public static (PackageInfo Package, Info Info) CheckPackage(string path, IReadOnlyList<Ast.File> files,
        Func<string, PackageInfo?> importer, DiagnosticBag errors, string? lang = null)
    {
        var name = files.Count > 0 ? files[0].PkgName.Value : "main";
        var pkg = new PackageInfo(path, name) { Complete = true };
        var info = new Info();
        var c = new Checker(pkg, info, errors, importer);
        // -lang (already validated by the driver).
        if (lang != null && ParseLang(lang, out _) is { } minor) { c.lang = lang; c.langMinor = minor; }
        RunWithLargeStack(() => c.CheckFiles(files));
        return (pkg, info);
    }

    /// <summary>
    /// Checking recurses along the syntax tree; generated code has expressions thousands of
    /// operators deep, so the checker runs on a thread with a large stack.
    /// </summary>
    internal static void RunWithLargeStack(Action action)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var t = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, 512 * 1024 * 1024);
        t.Start();
        t.Join();
        failure?.Throw();
    }

    private void CheckFiles(IReadOnlyList<Ast.File> files)
    {
        CheckBranches(files);
        CollectObjects(files);
        PackageObjects();
        ProcessLater();
        ComputeInitOrder();
        UnusedImports();
        RecordUntyped();
        // As gc, instantiation cycles are looked for last, and only in a package free of other errors.
        if (!errors.HasErrors) CheckInstantiationCycles();
        ReportTypeDeclsInGenerics();
        // A main package without func main is the linker's error (gc: "function main is undeclared in the main package").
    }

    private void ProcessLater()
    {
        for (int i = 0; i < later.Count; i++) later[i]();
        later.Clear();
    }

    // ---- errors ----

    /// <summary>While checking a constant's inherited initializer (const ( a = iota*2; b )), errors are reported at the constant.</summary>
    private SourcePos? errPos;

    private void Error(SourcePos pos, string message)
    {
        // As gc: once an error was reported, follow-on errors that mention an invalid operand or
        // type ("cannot call non-function f (variable with invalid type)") are dropped.
        if (errors.HasErrors && (message.IndexOf("invalid operand", StringComparison.Ordinal) > 0 || message.IndexOf("invalid type", StringComparison.Ordinal) > 0)) return;
        var at = errPos ?? pos;
        // As gc: an error equal to the previous one and on the same line is dropped
        // (_ = 1.<<s == 1.<<s reports "1. << s (shift of type float64)" once).
        if (lastError is { } last && last.Message == message && last.Pos.File == at.File && last.Pos.Line == at.Line) return;
        lastError = (at, message);
        errors.Add(at, message);
    }

    /// <summary>The last error reported (gc drops an equal error on the same line).</summary>
    private (SourcePos Pos, string Message)? lastError;

    /// <summary>An error at a node's start (gc reports errors about nodes there: the left operand of a binary operation).</summary>
    private void Error(Ast.Node n, string message) => Error(Ast.AstPositions.StartPos(n), message);

    /// <summary>An error at an expression's start (gc reports most expression errors there).</summary>
    private void ErrorAt(Ast.Expr e, string message) => Error(Ast.AstPositions.StartPos(e), message);

    /// <summary>An expression's text for messages, as gc prints it (ExprString).</summary>
    private static string S(Ast.Expr e) => ExprString.Of(e);

    private string T(GoType t) => TypeString.Write(t, Qualifier);

    /// <summary>
    /// Names of other packages' types in messages: the package name, or its quoted path when packages
    /// with that name and different paths are in reach (this package and everything it imports,
    /// directly or not), as types2 qualifies them: "test/a1".X.
    /// </summary>
    private string? Qualifier(PackageInfo p)
    {
        if (p == pkg) return null;
        if (ambiguousNames == null)
        {
            ambiguousNames = new HashSet<string>(StringComparer.Ordinal);
            var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var seen = new HashSet<PackageInfo>(ReferenceEqualityComparer.Instance);
            void Mark(PackageInfo q)
            {
                if (!seen.Add(q)) return;
                if (pathOf.TryGetValue(q.Name, out var other) && other != q.Path) ambiguousNames.Add(q.Name);
                else pathOf[q.Name] = q.Path;
                foreach (var imp in q.Imports) Mark(imp);
            }
            Mark(pkg);
        }
        return ambiguousNames.Contains(p.Name) ? Quote(p.Path) : p.Name;
    }

    /// <summary>Go's strconv.Quote for an import path (graphic characters, so only \ and " need escapes).</summary>
    private static string Quote(string path) => "\"" + path.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private HashSet<string>? ambiguousNames;

    // ---- package-level declarations ----

    private readonly List<(PkgNameObj Obj, Ast.ImportDecl Decl)> imports = [];
    /// <summary>Method declarations by the name of their receiver's base type.</summary>
    private readonly Dictionary<string, List<FuncObj>> methodsByBase = new(StringComparer.Ordinal);

    private void CollectObjects(IReadOnlyList<Ast.File> files)
    {
        var fileScopes = new List<Scope>();
        foreach (var file in files)
        {
            if (file.PkgName.Value == "_") Error(file.PkgName, "invalid package name _");
            if (file.PkgName.Value != pkg.Name)
            {
                Error(file.PkgName, $"package {file.PkgName.Value}; expected package {pkg.Name}");
                continue;
            }
            var fileScope = new Scope(pkg.Scope, "file " + file.FileName);
            info.Scopes[file] = fileScope;
            fileScopes.Add(fileScope);
            var lastConstWithValues = new Dictionary<Ast.Group, Ast.ConstDecl>(ReferenceEqualityComparer.Instance);
            foreach (var d in file.Decls)
            {
                switch (d)
                {
                    case Ast.ImportDecl imp: CollectImport(imp, fileScope); break;
                    case Ast.ConstDecl cd:
                    {
                        var src = cd;
                        var inherited = false;
                        if (cd.Values.IsEmpty && cd.Type == null && cd.Group != null && lastConstWithValues.TryGetValue(cd.Group, out var last))
                        {
                            src = last;
                            inherited = true;
                        }
                        else if (cd.Group != null) lastConstWithValues[cd.Group] = cd;
                        for (int i = 0; i < cd.Names.Length; i++)
                        {
                            var obj = new ConstObj(cd.Names[i].Value, cd.Names[i].Pos, pkg, Universe.Invalid, ConstValue.Unknown);
                            DeclarePkgObj(cd.Names[i], obj, new DeclInfo
                            {
                                FileScope = fileScope, Const = cd, ConstType = src.Type,
                                ConstInit = i < src.Values.Length ? src.Values[i] : null, Iota = cd.Iota, Inherited = inherited,
                            });
                        }
                        Arity(cd.Pos, cd.Names, src.Values, true, inherited);
                        break;
                    }
                    case Ast.VarDecl vd:
                    {
                        var lhs = vd.Names.Select(n => new VarObj(n.Value, n.Pos, pkg, Universe.Invalid) { IsGlobal = true }).ToList();
                        for (int i = 0; i < vd.Names.Length; i++)
                        {
                            var di = new DeclInfo { FileScope = fileScope, Var = vd };
                            if (vd.Values.Length == 1 && vd.Names.Length > 1) { di.VarLhs = lhs; di.VarInit = vd.Values[0]; }
                            else if (i < vd.Values.Length) di.VarInit = vd.Values[i];
                            DeclarePkgObj(vd.Names[i], lhs[i], di);
                            info.Globals.Add(lhs[i]);
                        }
                        Arity(vd.Pos, vd.Names, vd.Values, false, false);
                        break;
                    }
                    case Ast.TypeDecl td:
                    {
                        var tn = new TypeNameObj(td.Name.Value, td.Name.Pos, pkg, Universe.Invalid) { IsAlias = td.IsAlias };
                        DeclarePkgObj(td.Name, tn, new DeclInfo { FileScope = fileScope, Type = td });
                        break;
                    }
                    case Ast.FuncDecl fd: CollectFunc(fd, fileScope); break;
                }
            }
        }
        // Names imported into a file must not collide with package-level names.
        foreach (var fileScope in fileScopes)
            foreach (var o in fileScope.Objects)
                if (pkg.Scope.LookupLocal(o.Name) is { } alt)
                {
                    if (o is PkgNameObj pn)
                        Error(alt.Pos, $"{alt.Name} already declared through import of package {pn.Imported.Name} (\"{pn.Imported.Path}\")\n\t{o.Pos}: other declaration of {alt.Name}");
                    else
                        Error(alt.Pos, $"{alt.Name} already declared through dot-import of {o.Pkg?.Path}\n\t{o.Pos}: other declaration of {alt.Name}");
                }
    }

    /// <summary>Names and values of a const or var spec must match in number (gc's "missing init expr" / "extra init expr").</summary>
    private void Arity(SourcePos pos, System.Collections.Immutable.ImmutableArray<Ast.Name> names, System.Collections.Immutable.ImmutableArray<Ast.Expr> inits, bool isConst, bool inherited)
    {
        int l = names.Length, r = inits.Length;
        if (l < r)
        {
            var n = inits[l];
            if (inherited) Error(pos, $"extra init expr at {n.Pos}");
            else ErrorAt(n, $"extra init expr {S(n)}");
        }
        else if (l > r && (isConst || r != 1) && (isConst || r > 0))
            Error(names[r], $"missing init expr for {names[r].Value}");
    }

    private void CollectFunc(Ast.FuncDecl fd, Scope fileScope)
    {
        var sig = new Signature(null, TupleType.Empty, TupleType.Empty, false);
        var fo = new FuncObj(fd.Name.Value, fd.Name.Pos, pkg, sig) { HasBody = fd.Body != null };
        ApplyPragmas(fd, fo);
        info.Funcs.Add((fd, fo));
        var d = new DeclInfo { FileScope = fileScope, Func = fd };
        if (fd.Recv != null)
        {
            info.Defs[fd.Name] = fo;
            decls[fo] = d;
            objOrder.Add(fo);
            if (fd.Name.Value != "_" && ReceiverBaseName(fd.Recv.Type) is { } baseName)
            {
                if (!methodsByBase.TryGetValue(baseName, out var list)) methodsByBase[baseName] = list = [];
                list.Add(fo);
            }
            return;
        }
        if (fd.Name.Value == "init")
        {
            // init functions are not declared in the package scope and cannot be referred to.
            info.Defs[fd.Name] = fo;
            decls[fo] = d;
            objOrder.Add(fo);
            if (fd.TypeParams.Length > 0) Error(fd.TypeParams[0], "func init must have no type parameters");
            else if (fd.Type.Params.Length > 0 || fd.Type.Results.Length > 0) Error(fd.Name, "func init must have no arguments and no return values");
            if (fd.Body == null) Error(fd.Name, "missing function body");
            return;
        }
        if (fd.Name.Value == "main" && pkg.Name == "main")
        {
            if (fd.TypeParams.Length > 0) Error(fd.TypeParams[0], "func main must have no type parameters");
            else if (fd.Type.Params.Length > 0 || fd.Type.Results.Length > 0) Error(fd.Name, "func main must have no arguments and no return values");
        }
        DeclarePkgObj(fd.Name, fo, d);
    }

    /// <summary>The name of a receiver's base type, from its syntax: T in T, *T, (T), T[P].</summary>
    private static string? ReceiverBaseName(Ast.Expr e) => e switch
    {
        Ast.Name n => n.Value,
        Ast.ParenExpr p => ReceiverBaseName(p.X),
        Ast.Operation { Op: Ast.Operator.Mul, Y: null } o => ReceiverBaseName(o.X),
        Ast.IndexExpr ix => ReceiverBaseName(ix.X),
        _ => null,
    };

    /// <summary>Whether a receiver is written as a pointer: *T, (*T).</summary>
    private static bool HasReceiverStar(Ast.Expr e) => e switch
    {
        Ast.ParenExpr p => HasReceiverStar(p.X),
        Ast.Operation { Op: Ast.Operator.Mul, Y: null } => true,
        _ => false,
    };

    private static void ApplyPragmas(Ast.FuncDecl fd, FuncObj fo)
    {
        foreach (var p in fd.Pragmas)
        {
            switch (p.Verb)
            {
                case "go:noinline" when p.OwnLine: fo.NoInline = true; break;
                case "go:nosplit" when p.OwnLine: fo.NoSplit = true; break;
            }
        }
        if (fd.Body == null) fo.Abi = FuncAbi.Stack;
    }

    private void CollectImport(Ast.ImportDecl imp, Scope fileScope)
    {
        if (imp.Path.Bad) return;   // reported by the parser
        if (ImportPaths.Validate(imp.Path.Value, out var reason) is not { } path) { Error(imp.Path, $"invalid import path ({reason})"); return; }
        if (ImportPaths.Unimportable(path) is { } why) { Error(imp.Path, $"could not import {path} ({why})"); return; }
        PackageInfo? imported = path == "unsafe" ? Universe.Unsafe : importer(path);
        if (imported == null) { Error(imp.Path, $"could not import {path} (open : no such file or directory)"); return; }
        if (!pkg.Imports.Contains(imported)) pkg.Imports.Add(imported);
        var local = imp.LocalName?.Value ?? imported.Name;
        if (local == "_") return;
        if (local == "init") { Error(imp, "cannot import package as init - init must be a func"); return; }
        if (local == ".")
        {
            var dotObj = new PkgNameObj(".", imp.LocalName!.Pos, pkg, imported);
            info.Defs[imp.LocalName] = dotObj;
            foreach (var o in imported.Scope.Objects)
                if (o.Exported || imported == Universe.Unsafe)
                {
                    if (fileScope.Insert(o) is { } prev && prev != o)
                        Error(imp, $"{o.Name} redeclared in this block\n\t{prev.Pos}: other declaration of {o.Name}");
                    if (!dotImported.TryGetValue(o, out var files)) dotImported[o] = files = [];
                    files.Add((fileScope, dotObj));
                }
            imports.Add((dotObj, imp));
            return;
        }
        var obj = new PkgNameObj(local, imp.LocalName?.Pos ?? imp.Path.Pos, pkg, imported) { Parent = fileScope };
        if (imp.LocalName != null) info.Defs[imp.LocalName] = obj;
        else info.Implicits[imp] = obj;
        imports.Add((obj, imp));
        if (fileScope.Insert(obj) is { } prev2)
            Error(obj.Pos, $"{local} redeclared in this block\n\t{prev2.Pos}: other declaration of {local}");
    }

    /// <summary>
    /// Objects dot-imports brought into file scopes, with each file's import (marked used when the object
    /// is used in that file): several files may dot-import the same package, each import used or not.
    /// </summary>
    private readonly Dictionary<GoObject, List<(Scope File, PkgNameObj Import)>> dotImported = new(ReferenceEqualityComparer.Instance);

    /// <summary>Marks the dot-import that made n resolve to obj (if it did) used.</summary>
    private void UseDotImport(Ast.Name n, GoObject obj)
    {
        if (!dotImported.TryGetValue(obj, out var files)) return;
        var s = scope;
        while (s != null && s.LookupLocal(n.Value) != obj) s = s.Parent;
        foreach (var (file, import) in files)
            if (file == s) import.Used = true;
    }

    private void DeclarePkgObj(Ast.Name name, GoObject obj, DeclInfo d)
    {
        info.Defs[name] = obj;
        decls[obj] = d;
        objOrder.Add(obj);
        if (name.Value == "_") return;
        if (name.Value == "init" && obj is not FuncObj) { Error(name, "cannot declare init - must be func"); return; }
        if (name.Value == "main" && pkg.Name == "main" && obj is not FuncObj) { Error(name, "cannot declare main - must be func"); return; }
        if (pkg.Scope.Insert(obj) is { } prev)
            Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
    }

    private void UnusedImports()
    {
        foreach (var (obj, decl) in imports)
        {
            if (obj.Used) continue;
            // gc 1.19 names the package when it is not the import path's last element; the path is
            // the package's (a local import "./a" compiled with -D test is "test/a"), quoted.
            var path = Quote(obj.Imported.Path);
            var elem = obj.Imported.Path[(obj.Imported.Path.LastIndexOf('/') + 1)..];
            if (obj.Name == "." || obj.Name == elem) Error(decl, $"imported and not used: {path}");
            else Error(decl, $"imported and not used: {path} as {obj.Name}");
        }
    }

    /// <summary>Checks every package-level object: types first (so methods can attach), then method signatures, then the rest.</summary>
    private void PackageObjects()
    {
        var typeDecls = objOrder.Where(o => o is TypeNameObj).ToList();
        foreach (var o in typeDecls.Where(o => !((TypeNameObj)o).IsAlias)) ObjDecl(o);
        foreach (var o in typeDecls.Where(o => ((TypeNameObj)o).IsAlias)) ObjDecl(o);
        CollectAliasMethods();
        // Invalid recursive types are reported (and made invalid) before any value is checked:
        // unsafe.Sizeof(T{}) or a constant array length must never lay out a type containing itself.
        foreach (var o in typeDecls) if (o is TypeNameObj { IsAlias: false, Type: NamedType n }) ValidType(n);
        // Methods whose receiver base type is not a package-level type: report their receivers.
        foreach (var (baseName, list) in methodsByBase)
            if (pkg.Scope.LookupLocal(baseName) is not TypeNameObj)
                foreach (var m in list) ObjDecl(m);
        foreach (var o in objOrder.Where(o => o is FuncObj f && f.Signature.Recv == null && decls[o].Func!.Recv != null)) ObjDecl(o);
        foreach (var o in objOrder.Where(o => o is not TypeNameObj)) ObjDecl(o);
    }

    /// <summary>Methods declared with an alias of a local defined type as receiver belong to that type.</summary>
    private void CollectAliasMethods()
    {
        foreach (var (baseName, list) in methodsByBase)
        {
            if (pkg.Scope.LookupLocal(baseName) is not TypeNameObj { IsAlias: true } alias) continue;
            // An alias of a pointer (type T0 = *T) names a pointer receiver, unless the receiver adds another '*'.
            var viaPointer = alias.Type is PointerType;
            if ((viaPointer ? ((PointerType)alias.Type).Elem : alias.Type) is not NamedType { IsInstance: false } named || named.Obj.Pkg != pkg) continue;
            foreach (var m in list)
            {
                if (viaPointer && HasReceiverStar(decls[m].Func!.Recv!.Type)) continue;
                if (named.Methods.FirstOrDefault(x => x.Name == m.Name) is { } alt)
                {
                    Error(m.Pos, $"{named.Obj.Name}.{m.Name} redeclared in this block\n\t{alt.Pos}: other declaration of {m.Name}");
                    continue;
                }
                named.AddMethod(m);
            }
        }
    }

    /// <summary>Type-checks a package-level object's declaration once, detecting cycles.</summary>
    private void ObjDecl(GoObject obj)
    {
        if (!decls.TryGetValue(obj, out var d)) return;
        var color = colors.GetValueOrDefault(obj);
        if (color == Color.Black) return;
        if (color == Color.Grey)
        {
            // A cycle: fine through a type definition or a function; reported for constants,
            // variables (initialization cycles, later) and aliases.
            if (!CheckCycle(obj) && obj is TypeNameObj { IsAlias: false } broken) broken.Type = Universe.Invalid;
            return;
        }
        colors[obj] = Color.Grey;
        objPath.Add(obj);
        var savedScope = scope;
        var savedFn = fn;
        var savedIota = iota;
        var savedDecl = declContext;
        var savedInTParams = inTypeParamList;
        scope = d.FileScope;
        fn = null;
        iota = null;
        // Only initializers record initialization dependencies: a type declaration or a function's
        // signature refers to no value (func f() [len(x)]int does not depend on x); a body does, later.
        declContext = obj is ConstObj or VarObj ? d : null;
        inTypeParamList = false;
        try
        {
            switch (obj)
            {
                case ConstObj c: ConstDecl(c, d); break;
                case VarObj v: VarDecl(v, d); break;
                case TypeNameObj t: TypeDecl(t, d.Type!, null); break;
                case FuncObj f: FuncDecl(f, d); break;
            }
        }
        finally
        {
            scope = savedScope;
            fn = savedFn;
            iota = savedIota;
            declContext = savedDecl;
            inTypeParamList = savedInTParams;
            objPath.RemoveAt(objPath.Count - 1);
            colors[obj] = Color.Black;
        }
    }

    /// <summary>A reference back to an object whose declaration is being checked: an error unless the cycle goes through a type definition.</summary>
    private bool CheckCycle(GoObject obj)
    {
        var start = objPath.IndexOf(obj);
        if (start < 0) return true;
        var cycle = objPath.Skip(start).ToList();
        int nval = 0, ndef = 0;
        foreach (var o in cycle)
        {
            // A generic type referred to from a type parameter list of the cycle
            // (type T[P interface{ m() T[P] }] ...) is invalid, as in gc.
            if (inTypeParamList && o is TypeNameObj { IsAlias: false } g && decls.TryGetValue(g, out var gd) && gd.Type?.TypeParams.Length > 0)
            {
                CycleError(cycle);
                return false;
            }
            switch (o)
            {
                case ConstObj or VarObj: nval++; break;
                case TypeNameObj { IsAlias: false }: ndef++; break;
            }
        }
        // Cycles of constants and variables only are initialization cycles, reported with the init order.
        if (nval == cycle.Count) return true;
        if (nval == 0 && ndef > 0) return true;
        // Invalid (a value and a type, or aliases only): the type is then invalid wherever it is used.
        CycleError(cycle);
        return false;
    }

    private void CycleError(List<GoObject> cycle)
    {
        var i = FirstInSource(cycle);
        var obj = cycle[i];
        var isType = obj is TypeNameObj;
        // The alias the cycle is reported for counts as declared (invalid): no further errors for its uses.
        if (obj is TypeNameObj { IsAlias: true } alias) brokenAliases.Remove(alias);
        // gc 1.19 lists the whole cycle, even an object referring to itself.
        // Another package's type (an imported generic type's instance) is named with its package: a.T.
        string Name(GoObject o) => o.Pkg != null && Qualifier(o.Pkg) is { } q ? $"{q}.{o.Name}" : o.Name;
        var msg = isType ? $"invalid recursive type {Name(obj)}" : $"illegal cycle in declaration of {Name(obj)}";
        for (int k = 0; k < cycle.Count; k++)
        {
            var o = cycle[(i + k) % cycle.Count];
            msg += $"\n\t{o.Pos}: {Name(o)} refers to";
        }
        msg += $"\n\t{obj.Pos}: {Name(obj)}";
        Error(obj.Pos, msg);
        foreach (var o in cycle)
        {
            if (o is ConstObj c) { c.Type = Universe.Invalid; c.Value = ConstValue.Unknown; }
            else if (o is TypeNameObj { IsAlias: true } || o is VarObj) o.Type = Universe.Invalid;
        }
    }

    private static int FirstInSource(IReadOnlyList<GoObject> objs)
    {
        int best = 0;
        for (int i = 1; i < objs.Count; i++)
            if (ComparePos(objs[i].Pos, objs[best].Pos) < 0) best = i;
        return best;
    }

    private static int ComparePos(SourcePos a, SourcePos b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        return c != 0 ? c : a.Col.CompareTo(b.Col);
    }

    /// <summary>Records a package-level object used by the initializer or function being checked (for initialization order).</summary>
    private void RecordDependency(GoObject used)
    {
        if (used.Pkg != pkg || used is not (VarObj or ConstObj or FuncObj)) return;
        if (!decls.ContainsKey(used)) return;
        declContext?.AddDep(used);
    }

    private void ConstDecl(ConstObj c, DeclInfo d)
    {
        iota = ConstValue.Of(d.Iota);
        GoType? typ = null;
        if (d.ConstType != null)
        {
            typ = TypeExpr(d.ConstType);
            if (typ != Universe.Invalid && !Predicates.IsConstType(typ))
            {
                // A type whose underlying type is invalid was reported where it is declared.
                if (typ.Underlying != Universe.Invalid) ErrorAt(d.ConstType, $"invalid constant type {T(typ)}");
                c.Type = Universe.Invalid;
                return;
            }
        }
        if (d.ConstInit == null)
        {
            c.Type = Universe.Invalid;
            return;
        }
        // An inherited expression is checked again (with this spec's iota); errors in it are
        // reported at this constant's name, as gc does.
        var savedErrPos = errPos;
        if (d.Inherited) errPos = c.Pos;
        try
        {
            var x = Expr(d.ConstInit);
            InitConst(c, x, typ);
        }
        finally { errPos = savedErrPos; }
    }

    /// <summary>
    /// A constant with a declared type keeps it even when its value is in error (an unknown value of
    /// type myint still mismatches int8 later); without one an invalid initializer makes it invalid.
    /// </summary>
    private void InitConst(ConstObj c, Operand x, GoType? typ)
    {
        c.Value = ConstValue.Unknown;
        c.Type = typ ?? Universe.Invalid;
        if (x.Invalid || x.Type == Universe.Invalid) return;
        if (x.Mode != Mode.Constant)
        {
            ErrorAt(x.Expr, $"{Describe(x)} is not constant");
            return;
        }
        if (typ == null)
        {
            if (!Predicates.IsConstType(x.Type)) return;
            c.Type = x.Type;
        }
        else
        {
            Assignment(x, typ, "constant declaration");
            if (x.Invalid) return;
        }
        c.Value = x.Value!;
    }

    private void VarDecl(VarObj v, DeclInfo d)
    {
        var vd = d.Var!;
        GoType? typ = vd.Type != null ? VarType(vd.Type) : null;
        if (d.VarLhs != null)
        {
            // var a, b = f(): all share one initializer, checked once.
            if (typ != null) foreach (var o in d.VarLhs) o.Type = typ;
            foreach (var o in d.VarLhs) colors[o] = Color.Grey;
            InitVars(d.VarLhs, [d.VarInit!], vd.Values[0]);
            foreach (var o in d.VarLhs) { colors[o] = Color.Black; if (decls.TryGetValue(o, out var od) && od != d) foreach (var dep in d.Deps) od.AddDep(dep); }
            return;
        }
        if (typ != null) v.Type = typ;
        if (d.VarInit == null)
        {
            if (typ == null) v.Type = Universe.Invalid;
            return;
        }
        if (vd.Values.Length != vd.Names.Length && vd.Values.Length > 1)
        {
            // Counts were reported by Arity; still check the expressions.
            var x0 = Expr(d.VarInit);
            if (typ == null) v.Type = x0.Invalid ? Universe.Invalid : Universe.Default(x0.Type);
            return;
        }
        var x = ExprWithTarget(d.VarInit, typ);
        InitVar(v, x, "variable declaration", typ != null);
    }

    /// <summary>A variable's declared type: any type, but not an unconstrained constraint interface.</summary>
    private GoType VarType(Ast.Expr e)
    {
        var t = TypeExpr(e);
        CheckVarType(e, t);
        return t;
    }

    private void CheckVarType(Ast.Expr e, GoType t)
    {
        later.Add(() =>
        {
            if (t is not TypeParamType && t.Underlying is InterfaceType it && !it.IsMethodSet)
            {
                if (it.TypeSet.Comparable && it.TypeSet.Terms == null && it.AllMethods.IsEmpty && it.Embedded.Length <= 1)
                    ErrorAt(e, $"cannot use type {T(t)} outside a type constraint: interface is (or embeds) comparable");
                else
                    ErrorAt(e, $"cannot use type {T(t)} outside a type constraint: interface contains type constraints");
            }
        });
    }

    private readonly List<(FuncObj Obj, Ast.FuncDecl Decl, Signature Sig, Scope Params, DeclInfo Info)> pendingBodies = [];

    private void FuncDecl(FuncObj f, DeclInfo d)
    {
        var fd = d.Func!;
        Scope paramScope;
        Signature sig;
        if (fd.Recv != null) sig = MethodSignature(f, fd, out paramScope);
        else
        {
            paramScope = new Scope(scope, "function");
            var tparams = fd.TypeParams.Length > 0 ? DeclareTypeParams(fd.TypeParams, paramScope) : [];
            // While its parameters are checked the function is already generic (F[int] may appear in
            // its own signature, as in unsafe.Sizeof(F[int])); its parameters are not known yet.
            if (tparams.Length > 0) f.Type = new Signature(null, TupleType.Empty, TupleType.Empty, false) { TypeParams = tparams };
            var saved = scope;
            scope = paramScope;
            sig = FuncType(fd.Type, null, paramScope);
            scope = saved;
            sig = new Signature(null, sig.Params, sig.Results, sig.Variadic) { TypeParams = tparams };
        }
        f.Type = sig;
        info.Scopes[fd] = paramScope;
        if (sig.TypeParams.Length > 0 && fd.Body == null) Error(fd.Name, "parameterized function is missing function body");
        if (fd.Body != null)
        {
            var capturedScope = paramScope;
            later.Add(() => FuncDeclBody(f, d, sig, fd.Body, capturedScope));
        }
    }
}
