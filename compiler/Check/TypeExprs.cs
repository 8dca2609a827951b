using System.Collections.Immutable;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Type expressions: AST → GoType.
public sealed partial class Checker
{
    /// <summary>
    /// The type an expression denotes. <paramref name="def"/> is the named type being declared, if any
    /// (so that `type T struct{ next *T }` can refer to T before it is complete).
    /// </summary>
    private GoType TypeExpr(Ast.Expr e, NamedType? def = null)
    {
        var t = TypeExprInternal(e, def);
        info.Types[e] = new TypeAndValue(Mode.TypeExpr, t, null);
        return t;
    }

    private GoType TypeExprInternal(Ast.Expr e, NamedType? def)
    {
        switch (e)
        {
            case Ast.Name or Ast.SelectorExpr:
            {
                var x = Expr(e, null, allowType: true);
                if (x.Invalid) return Universe.Invalid;
                if (x.Mode != Mode.TypeExpr)
                {
                    Error(e, $"{S(e)} is not a type");
                    return Universe.Invalid;
                }
                return x.Type;
            }
            case Ast.ParenExpr p: return TypeExpr(p.X, def);
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } star:
                return new PointerType(TypeExpr(star.X));
            case Ast.ArrayType at:
            {
                if (at.Len == null)
                {
                    Error(at, "invalid use of [...] array (outside a composite literal)");
                    TypeExpr(at.Elem);
                    return Universe.Invalid;
                }
                var len = ArrayLength(at.Len);
                var elem = TypeExpr(at.Elem);
                return len < 0 ? Universe.Invalid : new ArrayType(elem, len);
            }
            case Ast.SliceType st: return new SliceType(TypeExpr(st.Elem));
            case Ast.MapType mt:
            {
                var key = TypeExpr(mt.Key);
                var val = TypeExpr(mt.Value);
                if (key != Universe.Invalid && key is not TypeParamType && !(key is NamedType { IsComplete: false }) && !Predicates.Comparable(key))
                    Error(mt.Key, $"invalid map key type {T(key)}");
                return new MapType(key, val);
            }
            case Ast.ChanType ct:
                return new ChanType(ct.Dir switch { Ast.ChanDir.Send => Types.ChanDir.SendOnly, Ast.ChanDir.Recv => Types.ChanDir.RecvOnly, _ => Types.ChanDir.Both }, TypeExpr(ct.Elem));
            case Ast.FuncType ft: return FuncType(ft, null, out _);
            case Ast.StructType st: return StructTypeExpr(st);
            case Ast.InterfaceType it: return InterfaceTypeExpr(it, def);
            case Ast.IndexExpr ix:
                Error(ix, "generic types are not supported by gosharp yet");
                return Universe.Invalid;
            case Ast.DotsType dt:
                Error(dt, "invalid use of ...");
                return Universe.Invalid;
            default:
                Error(e, $"{S(e)} is not a type");
                return Universe.Invalid;
        }
    }

    /// <summary>The constant length of an array type, or -1 after reporting why not.</summary>
    private long ArrayLength(Ast.Expr e)
    {
        var x = Expr(e, null);
        if (x.Invalid) return -1;
        if (x.Mode != Mode.Constant)
        {
            Error(e, x.Mode == Mode.TypeExpr ? $"invalid array length {S(e)}" : $"array length {S(e)} (value of type {T(x.Type)}) must be constant");
            return -1;
        }
        if (Predicates.IsUntyped(x.Type) || Predicates.IsInteger(x.Type))
        {
            var i = x.Value!.ToInt();
            if (i != null && Predicates.IsInteger(x.Type) || i != null && x.Value.Kind != ConstKind.Complex)
            {
                if (i!.Int.Sign < 0) { Error(e, $"invalid array length {S(e)} (untyped int constant {i.Int})"); return -1; }
                if (i.Int > long.MaxValue) { Error(e, $"invalid array length {S(e)}"); return -1; }
                return (long)i.Int;
            }
        }
        Error(e, $"array length {S(e)} (value of type {T(x.Type)}) must be integer");
        return -1;
    }

    /// <summary>A signature; parameters are declared in a new scope (returned) for the body.</summary>
    private Signature FuncType(Ast.FuncType ft, VarObj? recv, out Scope paramScope)
    {
        paramScope = new Scope(scope, "function");
        if (recv != null && recv.Name is not ("" or "_")) paramScope.Insert(recv);
        var variadic = false;
        var ps = Params(ft.Params, paramScope, isResult: false, ref variadic);
        var dummy = false;
        var rs = Params(ft.Results, paramScope, isResult: true, ref dummy);
        return new Signature(recv, ps, rs, variadic);
    }

    private TupleType Params(ImmutableArray<Ast.Field> fields, Scope paramScope, bool isResult, ref bool variadic)
    {
        if (fields.IsEmpty) return TupleType.Empty;
        var vars = ImmutableArray.CreateBuilder<VarObj>();
        var typeCache = new Dictionary<Ast.Expr, GoType>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            GoType t;
            if (f.Type is Ast.DotsType dots)
            {
                if (isResult || i != fields.Length - 1) { Error(dots, isResult ? "invalid use of ..." : "can only use ... with final parameter in list"); }
                else variadic = true;
                if (!typeCache.TryGetValue(f.Type, out t!))
                {
                    t = new SliceType(TypeExpr(dots.Elem));
                    info.Types[f.Type] = new TypeAndValue(Mode.TypeExpr, t, null);
                    typeCache[f.Type] = t;
                }
            }
            else if (!typeCache.TryGetValue(f.Type, out t!))
            {
                t = TypeExpr(f.Type);
                typeCache[f.Type] = t;
            }
            var v = new VarObj(f.Name?.Value ?? "", f.Name?.Pos ?? f.Pos, pkg, t) { IsParam = true, Used = true };
            if (f.Name != null)
            {
                info.Defs[f.Name] = v;
                if (paramScope.Insert(v) is { } prev)
                    Error(f.Name, $"{f.Name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {f.Name.Value}");
            }
            vars.Add(v);
        }
        return new TupleType(vars.ToImmutable());
    }

    private StructType StructTypeExpr(Ast.StructType st)
    {
        var fields = ImmutableArray.CreateBuilder<VarObj>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var seen = new Dictionary<string, VarObj>(StringComparer.Ordinal);
        var typeCache = new Dictionary<Ast.Expr, GoType>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < st.Fields.Length; i++)
        {
            var f = st.Fields[i];
            if (!typeCache.TryGetValue(f.Type, out var t)) { t = TypeExpr(f.Type); typeCache[f.Type] = t; }
            string name;
            bool embedded = f.Name == null;
            if (embedded)
            {
                var baseType = t is PointerType p ? p.Elem : t;
                name = EmbeddedName(f.Type);
                if (t is PointerType { Elem: var pe } && pe.Underlying is PointerType)
                    Error(f.Type, "embedded field type cannot be a pointer");
                else if (baseType.Underlying is PointerType && baseType is NamedType)
                    Error(f.Type, "embedded field type cannot be a pointer");
                else if (t is PointerType && baseType.Underlying is InterfaceType)
                    Error(f.Type, "embedded field type cannot be a pointer to an interface");
            }
            else name = f.Name!.Value;
            var v = new VarObj(name, f.Name?.Pos ?? f.Type.Pos, pkg, t) { IsField = true, Embedded = embedded };
            if (f.Name != null) info.Defs[f.Name] = v;
            if (name != "_" && seen.TryGetValue(name, out var prev))
                Error(v.Pos, $"{name} redeclared\n\t{prev.Pos}: other declaration of {name}");
            else seen[name] = v;
            fields.Add(v);
            var tag = i < st.Tags.Length && st.Tags[i] is { } lit ? Literals.String(lit.Value) : null;
            tags.Add(tag == null ? "" : ByteString.ToDisplay(tag.Str));
        }
        return new StructType(fields.ToImmutable(), tags.ToImmutable());
    }

    private static string EmbeddedName(Ast.Expr e) => e switch
    {
        Ast.Name n => n.Value,
        Ast.SelectorExpr s => s.Sel.Value,
        Ast.Operation { Op: Ast.Operator.Mul, Y: null } o => EmbeddedName(o.X),
        Ast.ParenExpr p => EmbeddedName(p.X),
        Ast.IndexExpr ix => EmbeddedName(ix.X),
        _ => "?",
    };

    private InterfaceType InterfaceTypeExpr(Ast.InterfaceType it, NamedType? def)
    {
        var methods = ImmutableArray.CreateBuilder<FuncObj>();
        var embedded = ImmutableArray.CreateBuilder<GoType>();
        var recvType = (GoType?)def ?? Universe.Invalid;
        foreach (var f in it.Methods)
        {
            if (f.Name != null && f.Type is Ast.FuncType ft)
            {
                var recv = new VarObj("", f.Pos, pkg, recvType);
                var sig = FuncType(ft, recv, out _);
                var m = new FuncObj(f.Name.Value, f.Name.Pos, pkg, sig);
                info.Defs[f.Name] = m;
                if (f.Name.Value == "_") { Error(f.Name, "methods must have a unique non-blank name"); continue; }
                if (methods.Any(x => x.Name == m.Name)) { Error(f.Name, $"duplicate method {m.Name}"); continue; }
                methods.Add(m);
            }
            else
            {
                var t = TypeExpr(f.Type);
                if (t == Universe.Invalid) continue;
                if (t.Underlying is not Types.InterfaceType)
                {
                    Error(f.Type, $"interface contains type constraints (not supported by gosharp yet): {T(t)}");
                    continue;
                }
                embedded.Add(t);
            }
        }
        var result = new InterfaceType(methods.ToImmutable(), embedded.ToImmutable());
        return result;
    }
}
