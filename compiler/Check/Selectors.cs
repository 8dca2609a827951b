using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Selectors (pkg.Name, x.field, x.method), index and slice expressions, composite and function
// literals, type assertions.
public sealed partial class Checker
{
    private Operand Selector(Ast.SelectorExpr sel)
    {
        var name = sel.Sel.Value;
        // A qualified identifier pkg.Name.
        if (sel.X is Ast.Name pn && scope.Lookup(pn.Value) is PkgNameObj pkgName)
        {
            info.Uses[pn] = pkgName;
            pkgName.Used = true;
            var obj = pkgName.Imported.Scope.LookupLocal(name);
            if (obj == null || (!obj.Exported && pkgName.Imported != Universe.Unsafe))
            {
                Error(sel.Sel, obj == null ? $"undefined: {pn.Value}.{name}" : $"name {name} not exported by package {pkgName.Imported.Name}");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            info.Uses[sel.Sel] = obj;
            return obj switch
            {
                ConstObj c => new Operand(Mode.Constant, sel, c.Type, c.Value),
                TypeNameObj t => new Operand(Mode.TypeExpr, sel, t.Type),
                VarObj v => new Operand(Mode.Variable, sel, v.Type),
                FuncObj f => new Operand(Mode.Value, sel, f.Type),
                BuiltinObj b => new Operand(Mode.Builtin, sel, Universe.Invalid) { Builtin = b.Id },
                _ => new Operand(Mode.Invalid, sel, Universe.Invalid),
            };
        }

        var x = RawExpr(sel.X, null, true);
        SingleValue(x);
        if (x.Invalid) return new Operand(Mode.Invalid, sel, Universe.Invalid);
        if (x.Mode == Mode.TypeExpr)
        {
            // A method expression T.m or (*T).m.
            var r = Lookup(x.Type, name, pkg);
            if (r is not { Obj: FuncObj m })
            {
                Error(sel.Sel, $"{S(sel.X)}.{name} undefined (type {T(x.Type)} has no method {name})");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            var msig = m.Signature;
            var recv = new VarObj("", default, pkg, x.Type);
            var ft = new Signature(null, new TupleType([recv, .. msig.Params.Vars]), msig.Results, msig.Variadic);
            info.Uses[sel.Sel] = m;
            info.Selections[sel] = new Selection(SelectionKind.MethodExpr, x.Type, m, r.Value.Index, r.Value.Indirect);
            return new Operand(Mode.Value, sel, ft);
        }
        if (x.Type == Universe.UntypedNil || Predicates.IsUntyped(x.Type))
        {
            Error(sel.Sel, $"{S(sel)} undefined (type {T(x.Type)} has no field or method {name})");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        var res = Lookup(x.Type, name, pkg);
        if (res == null)
        {
            var what = x.Type.Underlying is InterfaceType ? "method" : "field or method";
            var hint = "";
            if (x.Type is PointerType { Elem: var pe } && pe.Underlying is PointerType or InterfaceType)
                hint = x.Type is PointerType { Elem: { Underlying: InterfaceType } } ? $" (type {T(x.Type)} is pointer to interface, not interface)" : "";
            Error(sel.Sel, $"{S(sel)} undefined (type {T(x.Type)} has no {what} {name}){hint}");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        if (res.Value.Ambiguous)
        {
            Error(sel.Sel, $"ambiguous selector {S(sel)}");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        info.Uses[sel.Sel] = res.Value.Obj;
        if (res.Value.Obj is VarObj field)
        {
            info.Selections[sel] = new Selection(SelectionKind.FieldVal, x.Type, field, res.Value.Index, res.Value.Indirect);
            var mode = x.Mode == Mode.Variable || res.Value.Indirect ? Mode.Variable : Mode.Value;
            return new Operand(mode, sel, field.Type);
        }
        var method = (FuncObj)res.Value.Obj;
        if (method.Signature.Recv?.Type is PointerType && !res.Value.Indirect && x.Type is not PointerType && x.Type.Underlying is not InterfaceType)
        {
            if (x.Mode != Mode.Variable)
            {
                Error(sel, $"cannot call pointer method {name} on {T(x.Type)}");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            MarkAddressTaken(sel.X);
        }
        info.Selections[sel] = new Selection(SelectionKind.MethodVal, x.Type, method, res.Value.Index, res.Value.Indirect);
        var s = method.Signature;
        return new Operand(Mode.Value, sel, new Signature(null, s.Params, s.Results, s.Variadic));
    }

    private Operand Index(Ast.IndexExpr ix)
    {
        var x = RawExpr(ix.X, null, true);
        SingleValue(x);
        if (x.Invalid) { Expr(ix.Index, null); return new Operand(Mode.Invalid, ix, Universe.Invalid); }
        if (x.Mode == Mode.TypeExpr || x.Type.Underlying is Signature { TypeParams.Length: > 0 })
        {
            Error(ix, "generic instantiation is not supported by gosharp yet");
            return new Operand(Mode.Invalid, ix, Universe.Invalid);
        }
        var u = x.Type.Underlying;
        if (u is PointerType { Elem: var pe } && pe.Underlying is ArrayType pa) u = pa;
        switch (u)
        {
            case BasicType b when b.Is(BasicInfo.IsString):
            {
                var i = IndexValue(ix.Index, x.Mode == Mode.Constant ? x.Value!.Str.Length : -1);
                if (i == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                if (x.Mode == Mode.Constant && i.Mode == Mode.Constant)
                {
                    var k = (int)i.Value!.ToInt()!.Int;
                    return new Operand(Mode.Constant, ix, Universe.Byte, ConstValue.Of(x.Value!.Str[k]));
                }
                if (Predicates.IsUntyped(x.Type)) Assignment(x, Universe.String, "index expression");
                return new Operand(Mode.Value, ix, Universe.Byte);
            }
            case ArrayType a:
            {
                if (IndexValue(ix.Index, a.Len) == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                var mode = x.Mode == Mode.Variable || x.Type.Underlying is PointerType ? Mode.Variable : Mode.Value;
                return new Operand(mode, ix, a.Elem);
            }
            case SliceType s:
                if (IndexValue(ix.Index, -1) == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                return new Operand(Mode.Variable, ix, s.Elem);
            case MapType m:
            {
                var k = Expr(ix.Index, m.Key);
                if (k.Invalid) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                Assignment(k, m.Key, "map index");
                return new Operand(Mode.MapIndex, ix, m.Elem);
            }
            default:
                Expr(ix.Index, null);
                Error(ix, $"invalid operation: cannot index {Describe(x)}");
                return new Operand(Mode.Invalid, ix, Universe.Invalid);
        }
    }

    /// <summary>Checks an index: an integer, non-negative and (when the length is known) in range if constant.</summary>
    private Operand? IndexValue(Ast.Expr e, long length)
    {
        var x = Expr(e, null);
        if (x.Invalid) return null;
        if (x.Mode == Mode.Constant && Predicates.IsUntyped(x.Type))
        {
            var i = x.Value!.ToInt();
            if (i == null) { Error(e, $"invalid argument: index {Describe(x)} must be integer"); return null; }
            x.Value = i;
            if (x.Type != Universe.UntypedInt && x.Type != Universe.UntypedRune) { x.Type = Universe.UntypedInt; }
            UpdateExprType(e, Universe.Int);
            x.Type = Universe.Int;
        }
        if (!Predicates.IsInteger(x.Type)) { Error(e, $"invalid argument: index {Describe(x)} must be integer"); return null; }
        if (x.Mode == Mode.Constant)
        {
            var v = x.Value!.Int;
            if (v.Sign < 0) { Error(e, $"invalid argument: index {S(e)} (constant of type {T(x.Type)}) must not be negative"); return null; }
            if (length >= 0 && v >= length) { Error(e, $"invalid argument: index {S(e)} out of bounds [0:{length}]"); return null; }
        }
        return x;
    }

    private Operand SliceExpr(Ast.SliceExpr sx)
    {
        var x = Expr(sx.X, null);
        foreach (var e in new[] { sx.Low, sx.High, sx.Max }) if (e != null) IndexValue(e, -1);
        if (x.Invalid) return new Operand(Mode.Invalid, sx, Universe.Invalid);
        var u = x.Type.Underlying;
        switch (u)
        {
            case BasicType b when b.Is(BasicInfo.IsString):
                if (sx.Full) { Error(sx, $"invalid operation: 3-index slice of string"); return new Operand(Mode.Invalid, sx, Universe.Invalid); }
                return new Operand(Mode.Value, sx, Predicates.IsUntyped(x.Type) ? Universe.String : x.Type);
            case SliceType:
                return new Operand(Mode.Value, sx, x.Type);
            case ArrayType a:
                if (x.Mode != Mode.Variable) { Error(sx, $"invalid operation: {S(sx.X)} (slice of unaddressable value)"); return new Operand(Mode.Invalid, sx, Universe.Invalid); }
                MarkAddressTaken(sx.X);
                return new Operand(Mode.Value, sx, new SliceType(a.Elem));
            case PointerType { Elem: var pe } when pe.Underlying is ArrayType pa:
                return new Operand(Mode.Value, sx, new SliceType(pa.Elem));
            default:
                Error(sx, $"cannot slice {Describe(x)}");
                return new Operand(Mode.Invalid, sx, Universe.Invalid);
        }
    }

    private Operand CompositeLit(Ast.CompositeLit cl, GoType? hint)
    {
        Error(cl, "composite literals are not supported by gosharp yet");
        foreach (var e in cl.Elems) if (e is not Ast.KeyValueExpr) RawExpr(e, null, true);
        return new Operand(Mode.Invalid, cl, Universe.Invalid);
    }

    private Operand FuncLit(Ast.FuncLit fl)
    {
        Error(fl, "function literals are not supported by gosharp yet");
        return new Operand(Mode.Invalid, fl, Universe.Invalid);
    }

    private Operand Assert(Ast.AssertExpr ae)
    {
        Error(ae, "type assertions are not supported by gosharp yet");
        return new Operand(Mode.Invalid, ae, Universe.Invalid);
    }
}
