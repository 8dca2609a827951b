using System.Globalization;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Export;

/// <summary>
/// Export data (the __.PKGDEF member of a package archive): everything an importer needs to type-check
/// against the package, self-contained (types of other packages it mentions are described too, so
/// importers need only the packages they import directly). A line-based text format, deterministic:
/// <code>
/// gosharp export v2
/// package NAME PATH
/// import PATH                       the package's direct imports (also in the P table, with their names)
/// P IDX NAME PATH                   packages referenced (0 is this package)
/// F IDX "FILE"                      file names for positions (POS is FILEIDX:LINE:COL, or -)
/// N ID PKG NAME POS                 a defined type (identity; filled by U/TP/M lines)
/// Q ID PKG NAME INDEX POS           a type parameter (constraint in a C line)
/// T ID KIND ...                     a composite type: ptr, slice, array, map, chan, struct, func, iface, union, inst
/// U ID REF / TP ID N REF... / C ID REF / M ID NAME PKG PTR RECV SIG ABI BODY POS
/// O const|var|func|type|alias NAME ...    the package-level objects (exported or not)
/// S "FILE" NLINES                   then NLINES lines "|TEXT": a source file holding generic declarations
/// end
/// </code>
/// A type reference REF is a predeclared type's name (int, untyped_int, unsafe.Pointer, error,
/// comparable, any) or #ID.
/// </summary>
public static class ExportData
{
    public const string Header = "gosharp export v2";

    public static byte[] Write(PackageInfo pkg) => Encoding.UTF8.GetBytes(new ExportWriter(pkg).Write());

    /// <summary>
    /// The source files an importer needs to instantiate the package's generic functions and types:
    /// those declaring a generic function, a generic type, or a method of one.
    /// </summary>
    public static List<SourceFile> GenericSourceFiles(IEnumerable<Ast.File> files, Func<Ast.File, string?> textOf)
    {
        var result = new List<SourceFile>();
        foreach (var f in files)
        {
            var generic = f.Decls.Any(d => d switch
            {
                Ast.FuncDecl fd => fd.TypeParams.Length > 0 || fd.Recv != null && HasTypeArgs(fd.Recv.Type),
                Ast.TypeDecl td => td.TypeParams.Length > 0,
                _ => false,
            });
            if (generic && textOf(f) is { } text) result.Add(new SourceFile(f.FileName, text));
        }
        return result;
    }

    private static bool HasTypeArgs(Ast.Expr e) => e switch
    {
        Ast.IndexExpr => true,
        Ast.ParenExpr p => HasTypeArgs(p.X),
        Ast.Operation { Op: Ast.Operator.Mul, Y: null } o => HasTypeArgs(o.X),
        _ => false,
    };

    /// <summary>The text form of a predeclared type's reference (spaces become underscores).</summary>
    internal static string BasicName(BasicType b) => b.Kind == BasicKind.UnsafePointer ? "unsafe.Pointer" : b.Name.Replace(' ', '_');

    /// <summary>
    /// An exact constant value: b:true, i:123, f:X, c:X:X, s:"...", where a float X is an integer
    /// (123), a fraction (NUM/DEN) or a binary float (MANTpEXP, Mant·2^Exp: 1e1000000 and the like).
    /// </summary>
    internal static string ConstText(ConstValue v) => v.Kind switch
    {
        ConstKind.Bool => v.Bool ? "b:true" : "b:false",
        ConstKind.Int => "i:" + v.Int.ToString(CultureInfo.InvariantCulture),
        ConstKind.Float => "f:" + v.Real.ExactString(),
        ConstKind.Complex => "c:" + v.Real.ExactString() + ":" + v.Imag.ExactString(),
        ConstKind.String => "s:" + ByteString.Quote(v.Str),
        _ => "u:",
    };
}

/// <summary>Writes one package's export data (see <see cref="ExportData"/>).</summary>
internal sealed class ExportWriter(PackageInfo pkg)
{
    private readonly List<PackageInfo> pkgs = [pkg];
    private readonly List<string> files = [];
    private readonly Dictionary<GoType, int> ids = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder identities = new();
    private readonly StringBuilder composites = new();
    private readonly StringBuilder fills = new();
    private readonly Queue<GoType> pending = new();

    public string Write()
    {
        // Imported packages are in the package table (which gives their names).
        foreach (var imp in pkg.Imports.OrderBy(i => i.Path, StringComparer.Ordinal)) PkgIdx(imp);
        var objects = new StringBuilder();
        foreach (var o in pkg.Scope.Objects.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            switch (o)
            {
                case ConstObj c:
                    objects.Append($"O const {c.Name} {Ref(c.Type)} {ExportData.ConstText(c.Value)} {Pos(c.Pos)}\n");
                    break;
                case VarObj v:
                    objects.Append($"O var {v.Name} {Ref(v.Type)} {Pos(v.Pos)}\n");
                    break;
                case FuncObj f:
                    objects.Append($"O func {f.Name} {Ref(f.Type)} {Abi(f)} {(f.HasBody ? 1 : 0)} {f.LinkName ?? "-"} {Pos(f.Pos)}\n");
                    break;
                case TypeNameObj t:
                    objects.Append(t.IsAlias ? $"O alias {t.Name} {Ref(t.Type)} {Pos(t.Pos)}\n" : $"O type {t.Name} {Ref(t.Type)} {Pos(t.Pos)}\n");
                    break;
            }
        }
        while (pending.Count > 0) Fill(pending.Dequeue());

        var sb = new StringBuilder();
        sb.Append(ExportData.Header).Append('\n');
        sb.Append($"package {pkg.Name} {pkg.Path}\n");
        // The linker reads the package and import lines (only those, before anything else).
        foreach (var imp in pkg.Imports.OrderBy(i => i.Path, StringComparer.Ordinal)) sb.Append($"import {imp.Path}\n");
        for (int i = 0; i < pkgs.Count; i++) sb.Append($"P {i} {pkgs[i].Name} {pkgs[i].Path}\n");
        for (int i = 0; i < files.Count; i++) sb.Append($"F {i} {ByteString.Quote(ByteString.FromUtf8(files[i]))}\n");
        sb.Append(identities).Append(composites).Append(fills).Append(objects);
        foreach (var src in pkg.GenericSources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            // One record line per source line, each behind '|' (no line of it looks like a record).
            var lines = src.Text.Split('\n');
            sb.Append($"S {ByteString.Quote(ByteString.FromUtf8(src.Name))} {lines.Length}\n");
            foreach (var l in lines) sb.Append('|').Append(l).Append('\n');
        }
        sb.Append("end\n");
        return sb.ToString();
    }

    private static string Abi(FuncObj f) => f.Abi == FuncAbi.Stack ? "ABI0" : "ABIInternal";

    private int PkgIdx(PackageInfo? p)
    {
        if (p == null) return -1;
        var i = pkgs.IndexOf(p);
        if (i >= 0) return i;
        pkgs.Add(p);
        return pkgs.Count - 1;
    }

    private string Pos(SourcePos p)
    {
        if (p.File == null || p.Line == 0) return "-";
        var i = files.IndexOf(p.File);
        if (i < 0) { files.Add(p.File); i = files.Count - 1; }
        return $"{i}:{p.Line}:{p.Col}";
    }

    private static string Name(string n) => n.Length == 0 ? "-" : n;

    /// <summary>A type reference: a predeclared name or #ID (describing the type if not done yet).</summary>
    private string Ref(GoType t)
    {
        switch (t)
        {
            case BasicType b: return ExportData.BasicName(b);
            case NamedType n when ReferenceEquals(n, Universe.Error): return "error";
            case NamedType n when ReferenceEquals(n, Universe.Comparable): return "comparable";
            case InterfaceType it when ReferenceEquals(it, Universe.Any): return "any";
        }
        return "#" + Id(t);
    }

    private int Id(GoType t)
    {
        if (ids.TryGetValue(t, out var id)) return id;
        switch (t)
        {
            case NamedType { IsInstance: false } n:
                id = ids.Count;
                ids[t] = id;
                identities.Append($"N {id} {PkgIdx(n.Obj.Pkg)} {n.Obj.Name} {Pos(n.Obj.Pos)}\n");
                pending.Enqueue(n);
                return id;
            case TypeParamType tp:
                id = ids.Count;
                ids[t] = id;
                identities.Append($"Q {id} {PkgIdx(tp.Obj.Pkg)} {tp.Obj.Name} {tp.Index} {Pos(tp.Obj.Pos)}\n");
                pending.Enqueue(tp);
                return id;
        }
        // Composite types: their parts first.
        var line = Describe(t);
        if (ids.TryGetValue(t, out id)) return id;
        id = ids.Count;
        ids[t] = id;
        composites.Append($"T {id} {line}\n");
        return id;
    }

    private string Describe(GoType t)
    {
        switch (t)
        {
            case PointerType p: return $"ptr {Ref(p.Elem)}";
            case SliceType s: return $"slice {Ref(s.Elem)}";
            case ArrayType a: return $"array {a.Len} {Ref(a.Elem)}";
            case MapType m: { var k = Ref(m.Key); return $"map {k} {Ref(m.Elem)}"; }
            case ChanType c: return $"chan {(c.Dir switch { ChanDir.SendOnly => "send", ChanDir.RecvOnly => "recv", _ => "both" })} {Ref(c.Elem)}";
            case StructType st:
            {
                var sb = new StringBuilder($"struct {st.Fields.Length}");
                for (int i = 0; i < st.Fields.Length; i++)
                {
                    var f = st.Fields[i];
                    sb.Append($" {Name(f.Name)} {PkgIdx(f.Pkg)} {(f.Embedded ? 1 : 0)} {Ref(f.Type)} {ByteString.Quote(ByteString.FromUtf8(st.Tag(i)))}");
                }
                return sb.ToString();
            }
            case Signature sig:
            {
                var sb = new StringBuilder($"func {(sig.Variadic ? 1 : 0)} {sig.TypeParams.Length}");
                foreach (var tp in sig.TypeParams) sb.Append(' ').Append(Ref(tp));
                sb.Append(' ').Append(sig.RecvTypeParams.Length);
                foreach (var tp in sig.RecvTypeParams) sb.Append(' ').Append(Ref(tp));
                foreach (var tuple in new[] { sig.Params, sig.Results })
                {
                    sb.Append(' ').Append(tuple.Count);
                    foreach (var v in tuple.Vars) sb.Append(' ').Append(Name(v.Name)).Append(' ').Append(Ref(v.Type));
                }
                return sb.ToString();
            }
            case InterfaceType it:
            {
                var sb = new StringBuilder($"iface {(it.IsImplicit ? 1 : 0)} {(it.IsComparableMarker ? 1 : 0)} {it.Methods.Length}");
                foreach (var m in it.Methods)
                {
                    var s = m.Signature;
                    sb.Append($" {m.Name} {PkgIdx(m.Pkg)} {Ref(new Signature(null, s.Params, s.Results, s.Variadic))}");
                }
                sb.Append(' ').Append(it.Embedded.Length);
                foreach (var e in it.Embedded) sb.Append(' ').Append(Ref(e));
                return sb.ToString();
            }
            case UnionType u:
            {
                var sb = new StringBuilder($"union {u.Terms.Length}");
                foreach (var term in u.Terms) sb.Append($" {(term.Tilde ? 1 : 0)} {Ref(term.Type)}");
                return sb.ToString();
            }
            case NamedType { IsInstance: true } inst:
            {
                var sb = new StringBuilder($"inst {Ref(inst.OriginOrSelf)} {inst.TypeArgs.Length}");
                foreach (var a in inst.TypeArgs) sb.Append(' ').Append(Ref(a));
                return sb.ToString();
            }
            case TupleType tt:
            {
                var sb = new StringBuilder($"tuple {tt.Count}");
                foreach (var v in tt.Vars) sb.Append(' ').Append(Name(v.Name)).Append(' ').Append(Ref(v.Type));
                return sb.ToString();
            }
            default: throw new InvalidOperationException("export: unexpected type " + t.GetType().Name);
        }
    }

    /// <summary>The parts of a defined type or type parameter that may refer back to it: underlying type, type parameters, methods, constraint.</summary>
    private void Fill(GoType t)
    {
        var id = ids[t];
        switch (t)
        {
            case NamedType n:
            {
                if (n.TypeParams.Length > 0)
                {
                    var refs = n.TypeParams.Select(tp => Ref(tp)).ToList();
                    fills.Append($"TP {id} {refs.Count} {string.Join(' ', refs)}\n");
                }
                fills.Append($"U {id} {Ref(n.RawUnderlying ?? Universe.Invalid)}\n");
                foreach (var m in n.Methods.OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    var s = m.Signature;
                    var ptr = s.Recv?.Type is PointerType ? 1 : 0;
                    var sig = new Signature(null, s.Params, s.Results, s.Variadic) { RecvTypeParams = s.RecvTypeParams };
                    fills.Append($"M {id} {m.Name} {PkgIdx(m.Pkg)} {ptr} {Name(s.Recv?.Name ?? "")} {Ref(sig)} {Abi(m)} {(m.HasBody ? 1 : 0)} {Pos(m.Pos)}\n");
                }
                break;
            }
            case TypeParamType tp:
                fills.Append($"C {id} {Ref(tp.Constraint)}\n");
                break;
        }
    }
}
