using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Composite literals: T{...} for structs, arrays, slices and maps, with elided element types.
public sealed partial class Checker
{
    /// <summary>
    /// A composite literal. Without a type, its type comes from <paramref name="hint"/> (the element
    /// type of an enclosing literal); an elided &amp;T{...} (hint *T) has type *T.
    /// </summary>
    private Operand CompositeLit(Ast.CompositeLit cl, GoType? hint)
    {
        GoType typ, baseType;
        ArrayType? openArray = null;
        if (cl.Type != null)
        {
            if (cl.Type is Ast.ArrayType { Len: null } at)
            {
                // [...]T: the length is the number of elements (known at the end).
                var elem = VarType(at.Elem);
                openArray = new ArrayType(elem, -1);
                typ = baseType = openArray;
            }
            else typ = baseType = TypeExpr(cl.Type);
        }
        else if (hint != null)
        {
            typ = hint;
            var core = Predicates.CoreType(hint);
            baseType = core is PointerType p ? p.Elem : core!;
            if (core == null)
            {
                Error(cl, $"invalid composite literal element type {T(hint)} (no core type)");
                UseElems(cl);
                return new Operand(Mode.Invalid, cl, Universe.Invalid);
            }
        }
        else
        {
            Error(cl, "missing type in composite literal");
            UseElems(cl);
            return new Operand(Mode.Invalid, cl, Universe.Invalid);
        }

        if (IsLiteralTypeInProgress(baseType))
        {
            Error(cl, "illegal cycle in type declaration");
            UseElems(cl);
            return new Operand(Mode.Invalid, cl, Universe.Invalid);
        }
        switch (Predicates.CoreType(baseType))
        {
            case StructType st:
                StructLit(cl, st, baseType);
                break;
            case ArrayType a:
            {
                var n = IndexedElems(cl.Elems, a.Elem, openArray != null ? -1 : a.Len);
                if (openArray != null)
                {
                    var fixedArray = new ArrayType(openArray.Elem, n);
                    typ = fixedArray;
                    info.Types[cl.Type!] = new TypeAndValue(Mode.TypeExpr, fixedArray, null);
                }
                break;
            }
            case SliceType s:
                IndexedElems(cl.Elems, s.Elem, -1);
                break;
            case MapType m:
                MapLit(cl, m);
                break;
            default:
                UseElems(cl);
                // A type made invalid before (an invalid recursive type) was reported there.
                if (baseType != Universe.Invalid && typ != Universe.Invalid && baseType.Underlying != Universe.Invalid)
                {
                    Error(cl, $"invalid composite literal type {T(typ)}");
                }
                // As gc: a literal of a named type without underlying type (after an error) is still of that type.
                else if (typ != Universe.Invalid && baseType != Universe.Invalid) break;
                return new Operand(Mode.Invalid, cl, Universe.Invalid);
        }
        return new Operand(Mode.Value, cl, typ);
    }

    private void UseElems(Ast.CompositeLit cl)
    {
        foreach (var e in cl.Elems) RawExpr(e is Ast.KeyValueExpr kv ? kv.Value : e, null, true, true);
    }

    private void StructLit(Ast.CompositeLit cl, StructType st, GoType baseType)
    {
        if (cl.Elems.IsEmpty) return;
        var fields = st.Fields;
        if (cl.Elems[0] is Ast.KeyValueExpr)
        {
            var visited = new bool[fields.Length];
            foreach (var e in cl.Elems)
            {
                if (e is not Ast.KeyValueExpr kv)
                {
                    Error(e, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                var key = kv.Key as Ast.Name;
                var i = key == null ? -1 : FieldIndex(fields, pkg, key.Value);
                var x = Expr(kv.Value);
                if (key == null)
                {
                    Error(kv, $"invalid field name {S(kv.Key)} in struct literal");
                    continue;
                }
                if (i < 0)
                {
                    Error(kv.Key, $"unknown field '{key.Value}' in struct literal of type {T(baseType)}"); // gc 1.19's wording
                    continue;
                }
                var fld = fields[i];
                info.Uses[key] = fld;
                Assignment(x, fld.Type, "struct literal");
                if (visited[i])
                {
                    Error(kv, $"duplicate field name {key.Value} in struct literal");
                    continue;
                }
                visited[i] = true;
            }
        }
        else
        {
            for (int i = 0; i < cl.Elems.Length; i++)
            {
                var e = cl.Elems[i];
                if (e is Ast.KeyValueExpr kv)
                {
                    Error(kv, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                var x = Expr(e);
                if (i >= fields.Length)
                {
                    Error(x.Expr, $"too many values in {T(baseType)}{{…}}");
                    break;
                }
                var fld = fields[i];
                if (!fld.Exported && fld.Pkg != pkg)
                {
                    Error(x.Expr, $"implicit assignment to unexported field {fld.Name} in {T(baseType)} literal");
                    continue;
                }
                Assignment(x, fld.Type, "struct literal");
            }
            if (cl.Elems.Length < fields.Length)
                Error(cl.Rbrace, $"too few values in {T(baseType)}{{…}}");
        }
    }

    /// <summary>The index of the field named name (visible from pkg), or -1.</summary>
    private static int FieldIndex(System.Collections.Immutable.ImmutableArray<VarObj> fields, PackageInfo p, string name)
    {
        if (name == "_") return -1;
        for (int i = 0; i < fields.Length; i++)
            if (fields[i].Name == name && (fields[i].Exported || fields[i].Pkg == p)) return i;
        return -1;
    }

    /// <summary>Elements of an array or slice literal (with optional constant indices); returns the length they need.</summary>
    private long IndexedElems(System.Collections.Immutable.ImmutableArray<Ast.Expr> elems, GoType elemType, long length)
    {
        var visited = new HashSet<long>();
        long index = 0, max = 0;
        foreach (var e in elems)
        {
            var validIndex = false;
            var eval = e;
            if (e is Ast.KeyValueExpr kv)
            {
                var x = Expr(kv.Key);
                if (IsValidIndex(x, "index", false))
                {
                    if (x.Mode == Mode.Constant && !x.Value!.IsUnknown)
                    {
                        var i = (long)x.Value.ToInt()!.Int;
                        if (length >= 0 && i >= length) Error(x.Expr, $"invalid argument: index {x.Value} out of bounds [0:{length}]");
                        else { index = i; validIndex = true; }
                    }
                    else Error(e, $"index {S(kv.Key)} must be integer constant");
                }
                eval = kv.Value;
            }
            else if (length >= 0 && index >= length)
                Error(e, $"index {index} is out of bounds (>= {length})");
            else validIndex = true;
            if (validIndex)
            {
                if (!visited.Add(index)) Error(e, $"duplicate index {index} in array or slice literal");
            }
            index++;
            if (index > max) max = index;
            var v = Expr(eval, elemType);
            Assignment(v, elemType, "array or slice literal");
        }
        return max;
    }

    private void MapLit(Ast.CompositeLit cl, MapType m)
    {
        var keyIsInterface = Predicates.IsInterface(m.Key);
        var visited = new Dictionary<string, List<GoType>>(StringComparer.Ordinal);
        foreach (var e in cl.Elems)
        {
            if (e is not Ast.KeyValueExpr kv)
            {
                Error(e, "missing key in map literal");
                continue;
            }
            var k = Expr(kv.Key, m.Key);
            Assignment(k, m.Key, "map literal");
            if (k.Mode == Mode.Constant && k.Value != null && !k.Value.IsUnknown)
            {
                var key = KeyVal(k.Value);
                var duplicate = false;
                if (!visited.TryGetValue(key, out var types)) visited[key] = types = [];
                else if (!keyIsInterface) duplicate = true;
                if (keyIsInterface)
                {
                    duplicate = types.Any(t => Predicates.Identical(t, k.Type));
                    types.Add(k.Type);
                }
                if (duplicate)
                {
                    Error(k.Expr, $"duplicate key {k.Value} in map literal");
                    continue;
                }
            }
            var v = Expr(kv.Value, m.Elem);
            Assignment(v, m.Elem, "map literal");
        }
    }

    /// <summary>
    /// A constant's value as a map key for duplicate detection, as gc compares them: integral numbers
    /// by their integer value whatever their kind, other floats and complex numbers by their float64 values.
    /// </summary>
    private static string KeyVal(ConstValue v)
    {
        if (v.Kind is ConstKind.Int or ConstKind.Float or ConstKind.Complex)
        {
            if (v.ToInt() is { } i) return "n" + i.Int;
            if (v.Kind == ConstKind.Float || v.Imag.Sign == 0) return "f" + BitConverter.DoubleToInt64Bits(v.Real.ToDouble() + 0.0);
            return "c" + BitConverter.DoubleToInt64Bits(v.Real.ToDouble() + 0.0) + "," + BitConverter.DoubleToInt64Bits(v.Imag.ToDouble() + 0.0);
        }
        return v.Kind switch
        {
            ConstKind.String => "s" + v.Str,
            ConstKind.Bool => "b" + v.Bool,
            _ => "?",
        };
    }
}
