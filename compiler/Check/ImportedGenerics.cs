using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Bodies of an imported package's generic functions and methods: their source travels in the export
// data; to instantiate them, the back end needs them type-checked against the imported objects.
public sealed partial class Checker
{
    /// <summary>
    /// Type-checks the generic functions and methods of an imported package from the source files in
    /// its export data (PackageInfo.GenericSources), binding each declaration to the package's
    /// imported FuncObj (its signature and type parameters are those importers already use). The
    /// result lists the declarations in Info.Funcs; the other declarations of the files are not checked.
    /// </summary>
    public static (IReadOnlyList<Ast.File> Files, Info Info) CheckImportedGenerics(PackageInfo pkg, Func<string, PackageInfo?> importer, DiagnosticBag errors)
    {
        var files = new List<Ast.File>();
        foreach (var src in pkg.GenericSources)
        {
            var r = GoParser.ParseFile(src.Name, src.Text);
            foreach (var d in r.Diagnostics) errors.Add(d);
            files.Add(r.File);
        }
        var info = new Info();
        if (errors.HasErrors) return (files, info);
        var c = new Checker(pkg, info, errors, importer);
        RunWithLargeStack(() => c.CheckGenericBodies(files));
        return (files, info);
    }

    private void CheckGenericBodies(IReadOnlyList<Ast.File> files)
    {
        foreach (var file in files)
        {
            var fileScope = new Scope(pkg.Scope, "file " + file.FileName);
            info.Scopes[file] = fileScope;
            foreach (var d in file.Decls)
            {
                switch (d)
                {
                    case Ast.ImportDecl imp: CollectImport(imp, fileScope); break;
                    case Ast.FuncDecl { Body: not null } fd: GenericBody(fd, fileScope); break;
                }
            }
        }
        ProcessLater();
        RecordUntyped();
    }

    private void GenericBody(Ast.FuncDecl fd, Scope fileScope)
    {
        FuncObj? f;
        Signature sig;
        var paramScope = new Scope(fileScope, "function");
        if (fd.Recv == null)
        {
            if (fd.TypeParams.Length == 0) return;
            f = pkg.Scope.LookupLocal(fd.Name.Value) as FuncObj;
            if (f == null) return;
            sig = f.Signature;
            if (sig.TypeParams.Length != fd.TypeParams.Length) return;
            for (int i = 0; i < fd.TypeParams.Length; i++) Bind(fd.TypeParams[i].Name, sig.TypeParams[i].Obj, paramScope);
        }
        else
        {
            var (baseExpr, rparams) = UnpackReceiver(fd.Recv.Type);
            if (rparams.Count == 0 || baseExpr is not Ast.Name bn) return;
            if (pkg.Scope.LookupLocal(bn.Value) is not TypeNameObj { Type: NamedType named }) return;
            f = named.Methods.FirstOrDefault(m => m.Name == fd.Name.Value);
            if (f == null) return;
            sig = f.Signature;
            if (sig.RecvTypeParams.Length != rparams.Count) return;
            for (int i = 0; i < rparams.Count; i++)
            {
                if (rparams[i] is not Ast.Name rn) return;
                if (rn.Value == "_") blankRecvTypeParams[rn] = sig.RecvTypeParams[i];
                else Bind(rn, sig.RecvTypeParams[i].Obj, paramScope);
            }
            var saved = scope;
            scope = paramScope;
            info.Types[fd.Recv.Type] = new TypeAndValue(Mode.TypeExpr, TypeExpr(fd.Recv.Type), null);
            scope = saved;
            if (fd.Recv.Name != null && sig.Recv != null) Bind(fd.Recv.Name, sig.Recv, paramScope);
        }
        for (int i = 0; i < fd.Type.Params.Length && i < sig.Params.Count; i++) Bind(fd.Type.Params[i].Name, sig.Params.Vars[i], paramScope);
        for (int i = 0; i < fd.Type.Results.Length && i < sig.Results.Count; i++) Bind(fd.Type.Results[i].Name, sig.Results.Vars[i], paramScope);
        info.Defs[fd.Name] = f;
        info.Funcs.Add((fd, f));
        info.Scopes[fd] = paramScope;
        FuncBody(f, null, sig, fd.Body!, paramScope);
    }

    /// <summary>Declares an existing object under the name the source gives it.</summary>
    private void Bind(Ast.Name? name, GoObject obj, Scope s)
    {
        if (name == null) return;
        info.Defs[name] = obj;
        if (name.Value != "_") s.Insert(obj);
    }
}
