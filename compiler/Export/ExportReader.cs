using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Compiler.Export;

/// <summary>
/// Reads export data (see <see cref="ExportData"/>) into packages shared by a <see cref="PackageImporter"/>:
/// a type defined in package P is one NamedType however many export files describe it.
/// </summary>
internal sealed class ExportReader
{
    private readonly PackageImporter importer;
    private readonly string fileName;
    private readonly byte[] data;
    private int pos;
    private int lineNo;
    private readonly List<PackageInfo> pkgs = [];
    private readonly List<string> files = [];
    private readonly Dictionary<int, GoType> types = [];
    /// <summary>Defined types this read created (or found incomplete): only those get their underlying type and methods from this file.</summary>
    private readonly HashSet<NamedType> filling = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<TypeParamType> fillingParams = new(ReferenceEqualityComparer.Instance);

    private ExportReader(PackageImporter importer, string fileName, byte[] data)
    {
        this.importer = importer;
        this.fileName = fileName;
        this.data = data;
    }

    /// <summary>Reads a package's export data; the package (registered with the importer) is returned complete.</summary>
    public static PackageInfo Read(PackageImporter importer, string fileName, byte[] data) => new ExportReader(importer, fileName, data).Read();

    private UserError Corrupt(string why) => new(new Diagnostic(null, $"{fileName}: corrupt export data (line {lineNo}): {why}"));

    private string? NextLine()
    {
        if (pos >= data.Length) return null;
        var end = Array.IndexOf(data, (byte)'\n', pos);
        if (end < 0) end = data.Length;
        var line = Encoding.UTF8.GetString(data, pos, end - pos);
        pos = end + 1;
        lineNo++;
        return line;
    }

    private PackageInfo Read()
    {
        var header = NextLine();
        const string family = "gosharp export v";
        if (header != null && header != ExportData.Header && header.StartsWith(family, StringComparison.Ordinal))
            throw new UserError(new Diagnostic(null,
                $"{fileName}: export data version {header[(family.Length - 1)..]}, want {ExportData.Header[(family.Length - 1)..]} (recompile the package)"));
        if (header != ExportData.Header) throw Corrupt($"not gosharp export data (want \"{ExportData.Header}\")");
        var head = Tokens(NextLine() ?? throw Corrupt("missing package line"));
        if (head.Count != 3 || head[0] != "package") throw Corrupt("bad package line");
        var self = importer.Package(head[2], head[1]);
        self.Name = head[1];
        var imports = new List<string>();
        var objects = new List<List<string>>();
        string? line;
        while ((line = NextLine()) != null)
        {
            if (line == "end") break;
            var t = Tokens(line);
            if (t.Count == 0) continue;
            switch (t[0])
            {
                case "import": imports.Add(t[1]); break;
                case "P":
                    if (int.Parse(t[1], CultureInfo.InvariantCulture) != pkgs.Count) throw Corrupt("package index out of order");
                    pkgs.Add(pkgs.Count == 0 ? self : importer.Package(t[3], t[2]));
                    break;
                case "F": files.Add(ByteString.ToDisplay(Str(t[2]))); break;
                case "N": DefinedType(t); break;
                case "Q":
                {
                    var p = Pkg(t[2]);
                    var tn = new TypeNameObj(t[3], Pos(t[5]), p, Universe.Invalid);
                    var tp = new TypeParamType(tn, Int(t[4]));
                    tn.Type = tp;
                    types[Int(t[1])] = tp;
                    fillingParams.Add(tp);
                    break;
                }
                case "T": types[Int(t[1])] = Composite(t); break;
                case "U":
                    if (Type(t[1]) is NamedType un && filling.Contains(un)) un.SetUnderlying(Ref(t[2]).Underlying);
                    break;
                case "TP":
                    if (Type(t[1]) is NamedType tpn && filling.Contains(tpn))
                        tpn.TypeParams = [.. Enumerable.Range(0, Int(t[2])).Select(i => (TypeParamType)Ref(t[3 + i]))];
                    break;
                case "C":
                    if (Type(t[1]) is TypeParamType ctp && fillingParams.Contains(ctp)) ctp.Constraint = Ref(t[2]);
                    break;
                case "M": Method(t); break;
                case "O": objects.Add(t); break;
                case "S":
                {
                    var name = ByteString.ToDisplay(Str(t[1]));
                    var n = Int(t[2]);
                    var text = new StringBuilder();
                    for (int k = 0; k < n; k++)
                    {
                        var l = NextLine() ?? throw Corrupt("truncated source");
                        if (!l.StartsWith('|')) throw Corrupt("bad source line");
                        if (k > 0) text.Append('\n');
                        text.Append(l, 1, l.Length - 1);
                    }
                    if (!self.Complete) self.GenericSources.Add(new SourceFile(name, text.ToString()));
                    break;
                }
                default: throw Corrupt($"unknown record {t[0]}");
            }
        }
        if (!self.Complete)
        {
            foreach (var o in objects) Object(self, o);
            foreach (var path in imports) self.Imports.Add(importer.Package(path, path[(path.LastIndexOf('/') + 1)..]));
            self.Complete = true;
        }
        return self;
    }

    private void DefinedType(List<string> t)
    {
        var p = Pkg(t[2]) ?? throw Corrupt("defined type without package");
        var name = t[3];
        if (p.Scope.LookupLocal(name) is TypeNameObj { Type: NamedType existing })
        {
            types[Int(t[1])] = existing;
            if (!existing.IsComplete) filling.Add(existing);
            return;
        }
        var tn = new TypeNameObj(name, Pos(t[4]), p, Universe.Invalid);
        var n = new NamedType(tn);
        tn.Type = n;
        p.Scope.Insert(tn);
        types[Int(t[1])] = n;
        filling.Add(n);
    }

    private void Method(List<string> t)
    {
        if (Type(t[1]) is not NamedType n || !filling.Contains(n)) return;
        var name = t[2];
        if (n.Methods.Any(m => m.Name == name)) return;
        var mpkg = Pkg(t[3]);
        var ptr = t[4] == "1";
        var recvName = t[5] == "-" ? "" : t[5];
        var sig = (Signature)Ref(t[6]);
        GoType recvType = sig.RecvTypeParams.Length > 0 ? Subst.Instantiate(n, [.. sig.RecvTypeParams]) : n;
        if (ptr) recvType = new PointerType(recvType);
        var recv = new VarObj(recvName, Pos(t[9]), mpkg, recvType) { IsParam = true };
        var full = new Signature(recv, sig.Params, sig.Results, sig.Variadic) { RecvTypeParams = sig.RecvTypeParams };
        var f = new FuncObj(name, Pos(t[9]), mpkg, full) { Abi = t[7] == "ABI0" ? FuncAbi.Stack : FuncAbi.Internal, HasBody = t[8] == "1" };
        n.AddMethod(f);
    }

    private void Object(PackageInfo p, List<string> t)
    {
        var kind = t[1];
        var name = t[2];
        if (p.Scope.LookupLocal(name) != null) return;
        switch (kind)
        {
            case "const":
                p.Scope.Insert(new ConstObj(name, Pos(t[5]), p, Ref(t[3]), Const(t[4])));
                break;
            case "var":
                p.Scope.Insert(new VarObj(name, Pos(t[4]), p, Ref(t[3])) { IsGlobal = true });
                break;
            case "func":
                p.Scope.Insert(new FuncObj(name, Pos(t[7]), p, (Signature)Ref(t[3]))
                {
                    Abi = t[4] == "ABI0" ? FuncAbi.Stack : FuncAbi.Internal, HasBody = t[5] == "1", LinkName = t[6] == "-" ? null : t[6],
                });
                break;
            case "type":
                // Created with its N record; nothing to do unless it is a predeclared-type alias.
                if (Ref(t[3]) is not NamedType) p.Scope.Insert(new TypeNameObj(name, Pos(t[4]), p, Ref(t[3])));
                break;
            case "alias":
                p.Scope.Insert(new TypeNameObj(name, Pos(t[4]), p, Ref(t[3])) { IsAlias = true });
                break;
            default: throw Corrupt($"unknown object kind {kind}");
        }
    }

    private GoType Composite(List<string> t)
    {
        int i = 3;
        string Next() => i < t.Count ? t[i++] : throw Corrupt("short type record");
        switch (t[2])
        {
            case "ptr": return new PointerType(Ref(Next()));
            case "slice": return new SliceType(Ref(Next()));
            case "array": { var n = long.Parse(Next(), CultureInfo.InvariantCulture); return new ArrayType(Ref(Next()), n); }
            case "map": { var k = Ref(Next()); return new MapType(k, Ref(Next())); }
            case "chan":
            {
                var dir = Next() switch { "send" => ChanDir.SendOnly, "recv" => ChanDir.RecvOnly, _ => ChanDir.Both };
                return new ChanType(dir, Ref(Next()));
            }
            case "struct":
            {
                var n = Int(Next());
                var fields = ImmutableArray.CreateBuilder<VarObj>(n);
                var tags = ImmutableArray.CreateBuilder<string>(n);
                for (int k = 0; k < n; k++)
                {
                    var name = Next();
                    var fp = Pkg(Next());
                    var embedded = Next() == "1";
                    var ft = Ref(Next());
                    tags.Add(ByteString.ToDisplay(Str(Next())));
                    fields.Add(new VarObj(name == "-" ? "" : name, default, fp, ft) { IsField = true, Embedded = embedded });
                }
                return new StructType(fields.MoveToImmutable(), tags.MoveToImmutable());
            }
            case "func":
            {
                var variadic = Next() == "1";
                var tps = Enumerable.Range(0, Int(Next())).Select(_ => (TypeParamType)Ref(Next())).ToImmutableArray();
                var rtps = Enumerable.Range(0, Int(Next())).Select(_ => (TypeParamType)Ref(Next())).ToImmutableArray();
                TupleType Tuple()
                {
                    var n = Int(Next());
                    var vars = ImmutableArray.CreateBuilder<VarObj>(n);
                    for (int k = 0; k < n; k++)
                    {
                        var name = Next();
                        vars.Add(new VarObj(name == "-" ? "" : name, default, null, Ref(Next())) { IsParam = true });
                    }
                    return n == 0 ? TupleType.Empty : new TupleType(vars.MoveToImmutable());
                }
                var ps = Tuple();
                var rs = Tuple();
                return new Signature(null, ps, rs, variadic) { TypeParams = tps, RecvTypeParams = rtps };
            }
            case "iface":
            {
                var implicitIface = Next() == "1";
                var marker = Next() == "1";
                var nm = Int(Next());
                var methods = new List<(string Name, PackageInfo? Pkg, Signature Sig)>();
                for (int k = 0; k < nm; k++)
                {
                    var name = Next();
                    var mp = Pkg(Next());
                    methods.Add((name, mp, (Signature)Ref(Next())));
                }
                var ne = Int(Next());
                var embedded = Enumerable.Range(0, ne).Select(_ => Ref(Next())).ToImmutableArray();
                return new InterfaceType(self => [.. methods.Select(m =>
                    new FuncObj(m.Name, default, m.Pkg, new Signature(new VarObj("", default, m.Pkg, self), m.Sig.Params, m.Sig.Results, m.Sig.Variadic)))],
                    embedded) { IsImplicit = implicitIface, IsComparableMarker = marker };
            }
            case "union":
            {
                var n = Int(Next());
                var terms = ImmutableArray.CreateBuilder<Term>(n);
                for (int k = 0; k < n; k++) { var tilde = Next() == "1"; terms.Add(new Term(tilde, Ref(Next()))); }
                return new UnionType(terms.MoveToImmutable());
            }
            case "inst":
            {
                var origin = (NamedType)Ref(Next());
                var args = Enumerable.Range(0, Int(Next())).Select(_ => Ref(Next())).ToList();
                return Subst.Instantiate(origin, args);
            }
            case "tuple":
            {
                var n = Int(Next());
                var vars = ImmutableArray.CreateBuilder<VarObj>(n);
                for (int k = 0; k < n; k++) { var name = Next(); vars.Add(new VarObj(name == "-" ? "" : name, default, null, Ref(Next()))); }
                return new TupleType(vars.MoveToImmutable());
            }
            default: throw Corrupt($"unknown type kind {t[2]}");
        }
    }

    private static readonly Dictionary<string, GoType> predeclared = BuildPredeclared();

    private static Dictionary<string, GoType> BuildPredeclared()
    {
        var d = new Dictionary<string, GoType>(StringComparer.Ordinal);
        foreach (var b in new[]
        {
            Universe.Invalid, Universe.Bool, Universe.Int, Universe.Int8, Universe.Int16, Universe.Int32, Universe.Int64, Universe.Uint,
            Universe.Uint8, Universe.Uint16, Universe.Uint32, Universe.Uint64, Universe.Uintptr, Universe.Float32, Universe.Float64,
            Universe.Complex64, Universe.Complex128, Universe.String, Universe.UnsafePointer, Universe.Byte, Universe.Rune,
            Universe.UntypedBool, Universe.UntypedInt, Universe.UntypedRune, Universe.UntypedFloat, Universe.UntypedComplex,
            Universe.UntypedString, Universe.UntypedNil,
        })
            d[ExportData.BasicName(b)] = b;
        d["error"] = Universe.Error;
        d["comparable"] = Universe.Comparable;
        d["any"] = Universe.Any;
        return d;
    }

    private GoType Ref(string tok)
    {
        if (tok.StartsWith('#')) return Type(tok[1..]);
        return predeclared.TryGetValue(tok, out var t) ? t : throw Corrupt($"unknown type {tok}");
    }

    private GoType Type(string id) => types.TryGetValue(Int(id), out var t) ? t : throw Corrupt($"undefined type #{id}");

    private PackageInfo? Pkg(string idx)
    {
        var i = Int(idx);
        if (i < 0) return null;
        return i < pkgs.Count ? pkgs[i] : throw Corrupt($"undefined package {idx}");
    }

    private SourcePos Pos(string s)
    {
        if (s == "-") return default;
        var parts = s.Split(':');
        if (parts.Length != 3) throw Corrupt($"bad position {s}");
        var f = Int(parts[0]);
        return new SourcePos(f < files.Count ? files[f] : "?", Int(parts[1]), Int(parts[2]));
    }

    private int Int(string s) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw Corrupt($"bad number {s}");

    private string Str(string quoted) => Literals.String(quoted)?.Str ?? throw Corrupt($"bad string {quoted}");

    private ConstValue Const(string s)
    {
        var colon = s.IndexOf(':');
        var kind = s[..colon];
        var v = s[(colon + 1)..];
        return kind switch
        {
            "b" => ConstValue.Of(v == "true"),
            "i" => ConstValue.Of(BigInteger.Parse(v, CultureInfo.InvariantCulture)),
            "f" => ConstValue.OfFloat(Float(v)),
            "c" when v.IndexOf(':') is var c and >= 0 => ConstValue.OfComplex(Float(v[..c]), Float(v[(c + 1)..])),
            "s" => ConstValue.Of(Str(v)),
            _ => ConstValue.Unknown,
        };
    }

    private ConstFloat Float(string s) => ConstFloat.Parse(s) ?? throw Corrupt($"bad float constant {s}");

    /// <summary>Splits a record at blanks, keeping Go-quoted strings (which may contain blanks) whole.</summary>
    private static List<string> Tokens(string line)
    {
        var list = new List<string>();
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ') { i++; continue; }
            int start = i;
            var inQuote = false;
            while (i < line.Length && (inQuote || line[i] != ' '))
            {
                if (line[i] == '"') inQuote = !inQuote;
                else if (line[i] == '\\' && inQuote) i++;
                i++;
            }
            list.Add(line[start..Math.Min(i, line.Length)]);
        }
        return list;
    }
}
