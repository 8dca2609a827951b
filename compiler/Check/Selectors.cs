using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Selectors: qualified identifiers (pkg.Name), fields, method values and method expressions; type assertions.
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
            var imported = pkgName.Imported;
            var obj = imported.Scope.LookupLocal(name);
            // gc names the package by its name, whatever the import calls it.
            if (obj == null || obj is FuncObj { Name: "init" } ||
                !obj.Exported && imported != Universe.Unsafe && !UnexportedNames.InGcExportData(imported, obj))
            {
                Error(sel.Sel, $"undefined: {imported.Name}.{name}");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            if (!obj.Exported && imported != Universe.Unsafe)
            {
                Error(sel.Sel, $"{name} not exported by package {imported.Name}");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            info.Uses[sel.Sel] = obj;
            switch (obj)
            {
                case ConstObj c:
                    return c.Type == Universe.Invalid ? new Operand(Mode.Invalid, sel, Universe.Invalid) : new Operand(Mode.Constant, sel, c.Type, c.Value);
                case TypeNameObj t: return new Operand(Mode.TypeExpr, sel, t.Type);
                case VarObj v: return new Operand(Mode.Variable, sel, v.Type);
                case FuncObj f: return new Operand(Mode.Value, sel, f.Type);
                case BuiltinObj b: return new Operand(Mode.Builtin, sel, Universe.Invalid) { Builtin = b.Id };
                default: return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
        }

        var x = RawExpr(sel.X, null, true, false);
        Exclude(x, allowType: true, allowBuiltin: true);
        SingleValue(x);
        if (x.Invalid) return new Operand(Mode.Invalid, sel, Universe.Invalid);
        if (x.Mode == Mode.Builtin)
        {
            Error(sel.Pos, $"cannot select on {Describe(x)}");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        if (x.IsNil || x.Type == Universe.UntypedNil)
        {
            Error(sel.Sel, $"{S(sel)} undefined (type untyped nil has no field or method {name})");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        var res = LookupFieldOrMethod(x.Type, x.Mode == Mode.Variable, pkg, name);
        if (res.Obj == null)
        {
            if (x.Type.Underlying == Universe.Invalid)
            {
                // A type whose declaration is being checked: defined by another type name (type T T.x),
                // it has no underlying type but itself, a cycle; defined by a type literal, nothing of
                // that literal is known yet (type C [len(C.x)]int), nor are the methods, as in gc. So for
                // an interface while its own method signatures are checked (type A interface { Fn(A.Fn) }).
                if (x.Type is NamedType nt && (interfacesInProgress.Contains(nt) || !nt.IsComplete && colors.GetValueOrDefault(nt.Obj) == Color.Grey))
                {
                    if (directTypeDecls.Contains(nt.Obj) && objPath.IndexOf(nt.Obj) is var start and >= 0)
                        CycleError([.. objPath.Skip(start)]);
                    else
                        Error(sel.Sel, $"{S(sel)} undefined (type {T(x.Type)} has no field or method {name})");
                }
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            if (res.Ambiguous)
            {
                Error(sel.Sel, $"ambiguous selector {S(sel)}");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            if (res.NeedsPointer)
            {
                Error(sel.Sel, $"cannot call pointer method {name} on {T(x.Type)}"); // gc 1.19 says so for method expressions too
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            string why;
            if (IsInterfacePtr(x.Type)) why = InterfacePtrError(x.Type);
            else why = LookupError(x.Type, name, x.Mode == Mode.Variable);
            Error(sel.Sel, $"{S(sel)} undefined ({why})");
            return new Operand(Mode.Invalid, sel, Universe.Invalid);
        }
        info.Uses[sel.Sel] = res.Obj;
        if (x.Mode == Mode.TypeExpr)
        {
            // A method expression T.m or (*T).m: a function with the receiver as first parameter.
            if (res.Obj is not FuncObj m)
            {
                Error(sel.Sel, $"{S(sel)} undefined (type {T(x.Type)} has no method {name})");
                return new Operand(Mode.Invalid, sel, Universe.Invalid);
            }
            var msig = m.Signature;
            info.Selections[sel] = new Selection(SelectionKind.MethodExpr, x.Type, m, res.Index, res.Indirect);
            var recvName = "";
            if (msig.Params.Count > 0 && msig.Params.Vars[0].Name != "") recvName = msig.Recv?.Name is { Length: > 0 } rn ? rn : "_";
            var recv = new VarObj(recvName, msig.Recv?.Pos ?? default, pkg, x.Type) { IsParam = true };
            var ft = new Signature(null, new TupleType([recv, .. msig.Params.Vars]), msig.Results, msig.Variadic);
            RecordDependency(m.Origin ?? m);
            return new Operand(Mode.Value, sel, ft);
        }
        if (res.Obj is VarObj field)
        {
            info.Selections[sel] = new Selection(SelectionKind.FieldVal, x.Type, field, res.Index, res.Indirect);
            var mode = x.Mode == Mode.Variable || res.Indirect ? Mode.Variable : Mode.Value;
            return new Operand(mode, sel, field.Type);
        }
        var method = (FuncObj)res.Obj;
        var ptrRecv = HasPtrRecv(method);
        var reached = ReachedType(x.Type, res.Index);
        var isIfaceMethod = reached is TypeParamType || reached.Underlying is InterfaceType;
        var reachedPtr = reached.Underlying is PointerType && reached is not NamedType { Underlying: PointerType } || reached is PointerType;
        var addr = !isIfaceMethod && ptrRecv && !reachedPtr;
        var deref = !isIfaceMethod && !ptrRecv && reachedPtr;
        if (addr) MarkAddressTaken(sel.X);
        info.Selections[sel] = new Selection(SelectionKind.MethodVal, x.Type, method, res.Index, res.Indirect) { AddrRecv = addr, DerefRecv = deref };
        RecordDependency(method.Origin ?? method);
        var s = method.Signature;
        return new Operand(Mode.Value, sel, new Signature(null, s.Params, s.Results, s.Variadic));
    }

    /// <summary>The type of the embedded value at the end of a field path from type t.</summary>
    private static GoType ReachedType(GoType t, IReadOnlyList<int> path)
    {
        foreach (var i in path)
        {
            var bt = t.Underlying is PointerType p ? p.Elem : t;
            if (bt.Underlying is not StructType st || i >= st.Fields.Length) return t;
            t = st.Fields[i].Type;
        }
        return t;
    }

    /// <summary>
    /// "type T has no field or method f", with gc 1.19's hint when the name with its first letter's
    /// case changed exists: ", but does have F".
    /// </summary>
    private string LookupError(GoType t, string sel, bool addressable)
    {
        var baseMsg = $"type {T(t)} has no field or method {sel}";
        if (sel.Length == 0) return baseMsg;
        var first = sel[0];
        var changeCase = (char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first)) + sel[1..];
        return LookupFieldOrMethod(t, addressable, pkg, changeCase).Obj != null ? $"{baseMsg}, but does have {changeCase}" : baseMsg;
    }

    // ---- type assertions ----

    private Operand Assert(Ast.AssertExpr ae)
    {
        var x = Expr(ae.X);
        if (x.Invalid) { TypeExpr(ae.Type); return new Operand(Mode.Invalid, ae, Universe.Invalid); }
        if (x.Type is TypeParamType)
        {
            Error(ae.X, $"invalid operation: cannot use type assertion on type parameter value {S(ae.X)}");
            TypeExpr(ae.Type);
            return new Operand(Mode.Invalid, ae, Universe.Invalid);
        }
        if (x.Type.Underlying is not InterfaceType)
        {
            Error(ae.X, $"invalid operation: {Describe(x)} is not an interface");
            TypeExpr(ae.Type);
            return new Operand(Mode.Invalid, ae, Universe.Invalid);
        }
        var t = VarType(ae.Type);
        if (t == Universe.Invalid) return new Operand(Mode.Invalid, ae, Universe.Invalid);
        TypeAssertion(ae, x, t, false);
        return new Operand(Mode.CommaOk, ae, t);
    }

    /// <summary>x.(T) (or a type switch case T) is possible: T has the interface's methods unless T is an interface.</summary>
    private void TypeAssertion(Ast.Expr at, Operand x, GoType t, bool typeSwitch)
    {
        // As gc: a type parameter counts as an interface here (its instances are checked when run).
        if (Predicates.IsInterface(t) || t is TypeParamType) return;
        var (m, alt) = MissingMethod(t, (InterfaceType)x.Type.Underlying, false);
        if (m == null) return;
        var cause = MissingMethodReason(t, x.Type, m, alt);
        if (typeSwitch)
            Error(at, $"impossible type switch case: {S(at)}\n\t{Describe(x)} cannot have dynamic type {T(t)} {cause}");
        else
            Error(at, $"impossible type assertion: {S(at)}\n\t{T(t)} does not implement {T(x.Type)} {cause}");
    }
}
