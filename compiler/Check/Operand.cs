using System.Collections.Immutable;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>What an expression is (go/types' operand modes).</summary>
public enum Mode : byte
{
    Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, CommaOk,
}

/// <summary>The checker's result for one expression: its mode, type, and constant value.</summary>
public sealed record TypeAndValue(Mode Mode, GoType Type, ConstValue? Value)
{
    public bool IsValue => Mode is Mode.Constant or Mode.Variable or Mode.MapIndex or Mode.Value or Mode.CommaOk;
    public bool IsType => Mode == Mode.TypeExpr;
    public bool IsVoid => Mode == Mode.NoValue;
    public bool IsBuiltin => Mode == Mode.Builtin;
    public bool Addressable => Mode == Mode.Variable;
    /// <summary>The predeclared nil (its Type is untyped nil, or the type it was converted to).</summary>
    public bool IsNil { get; init; }
}

/// <summary>An expression being checked: the node, and what it is so far.</summary>
public sealed class Operand
{
    public Mode Mode;
    public Ast.Expr Expr;
    public GoType Type;
    public ConstValue? Value;
    public BuiltinId Builtin;
    /// <summary>The operand is the predeclared nil (it keeps being nil when converted to a type).</summary>
    public bool NilValue;

    public Operand(Mode mode, Ast.Expr expr, GoType type, ConstValue? value = null)
    {
        Mode = mode; Expr = expr; Type = type; Value = value;
    }

    public bool Invalid => Mode == Mode.Invalid;
    public bool IsConstant => Mode == Mode.Constant;
    /// <summary>The predeclared nil (untyped, or converted to a type with nil).</summary>
    public bool IsNil => NilValue && Mode == Mode.Value;

    public void SetInvalid() { Mode = Mode.Invalid; Type = Universe.Invalid; Value = null; }

    public Operand Copy() => new(Mode, Expr, Type, Value) { Builtin = Builtin, NilValue = NilValue };
}

/// <summary>A resolved selector x.f: what it selects and through which embedded fields.</summary>
public enum SelectionKind { FieldVal, MethodVal, MethodExpr }

/// <summary>
/// A selector x.f resolved to a field or method. Index is the path of field indices through embedded
/// fields (the last entry is the field itself for a field; for a method, the path to the embedded
/// value whose method it is). Indirect: a pointer is followed on the way. For a method value or call:
/// AddrRecv when the method needs a pointer receiver and the (embedded) value must be addressed;
/// DerefRecv when the method has a value receiver and the value reached is a pointer.
/// </summary>
public sealed record Selection(SelectionKind Kind, GoType Recv, GoObject Obj, IReadOnlyList<int> Index, bool Indirect)
{
    public GoType Type => Obj.Type;
    public bool AddrRecv { get; init; }
    public bool DerefRecv { get; init; }
}

/// <summary>A generic function or type instantiated at a use: its type arguments and the resulting type (signature or named type).</summary>
public sealed record Instance(ImmutableArray<GoType> TypeArgs, GoType Type);

/// <summary>What a range statement ranges over.</summary>
public enum RangeKind { Array, ArrayPointer, Slice, String, Map, Chan, Int, Func }

/// <summary>
/// A range statement's facts: the type of the ranged expression (X), what kind of iteration it is,
/// the key and value types (null when the iteration has none). Int ranges (Go 1.22) have the key only.
/// </summary>
public sealed record RangeInfo(GoType XType, RangeKind Kind, GoType? Key, GoType? Value);

/// <summary>Everything the checker learned about a package, for the IR builder.</summary>
public sealed class Info
{
    /// <summary>
    /// Every expression's mode, type and constant value. Untyped constants are recorded with the type
    /// they were converted to; operands of constant expressions may stay untyped (their value is
    /// in the root). Non-constant untyped values left at the end (comparisons used as conditions) are
    /// recorded with their default type (bool).
    /// </summary>
    public Dictionary<Ast.Expr, TypeAndValue> Types { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Names declaring objects (including fields, parameters, methods, labels, type parameters).</summary>
    public Dictionary<Ast.Name, GoObject> Defs { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Names referring to objects.</summary>
    public Dictionary<Ast.Name, GoObject> Uses { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Selectors x.f resolved to fields and methods (qualified identifiers pkg.Name are in Uses only).</summary>
    public Dictionary<Ast.SelectorExpr, Selection> Selections { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>
    /// Objects declared implicitly: a type switch clause's variable (keyed by the CaseClause), an
    /// import's package name (keyed by the ImportDecl, when it has no explicit name).
    /// </summary>
    public Dictionary<Ast.Node, GoObject> Implicits { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Package-level variable initializations, in the order they must run.</summary>
    public List<Initializer> InitOrder { get; } = [];
    /// <summary>
    /// Every function and method declaration with its object, in source order (methods included;
    /// generic ones too: their FuncObj.IsGeneric is set and only their instances are code).
    /// </summary>
    public List<(Ast.FuncDecl Decl, FuncObj Obj)> Funcs { get; } = [];
    /// <summary>Package-level variables, in declaration order.</summary>
    public List<VarObj> Globals { get; } = [];
    /// <summary>
    /// Uses of generic functions and types with their type arguments (explicit or inferred), keyed by
    /// the name of the generic function or type (the Sel of pkg.F); the type is the instantiated
    /// signature or named type. The back end stencils one copy per distinct argument list.
    /// </summary>
    public Dictionary<Ast.Name, Instance> Instances { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>For each function literal: the variables of enclosing functions it refers to, in order of first reference.</summary>
    public Dictionary<Ast.FuncLit, IReadOnlyList<VarObj>> Captures { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>For each range statement (keyed by the ForStmt): what it ranges over, and the key and value types.</summary>
    public Dictionary<Ast.ForStmt, RangeInfo> Ranges { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>
    /// Go 1.22 loop variables: for each for statement, the variables its header declares (i in
    /// <c>for i := 0; ...</c>, k and v in <c>for k, v := range</c>). Each iteration has its own copy.
    /// </summary>
    public Dictionary<Ast.ForStmt, IReadOnlyList<VarObj>> LoopVars { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>The scopes of blocks, functions and statements with their own scope (keyed by the node).</summary>
    public Dictionary<Ast.Node, Scope> Scopes { get; } = new(ReferenceEqualityComparer.Instance);

    public TypeAndValue? TypeOf(Ast.Expr e) => Types.GetValueOrDefault(e);

    public GoObject? ObjectOf(Ast.Name n) => Defs.GetValueOrDefault(n) ?? Uses.GetValueOrDefault(n);
}

/// <summary>Package variables Lhs initialized by Rhs (several when Rhs is a multi-value call).</summary>
public sealed record Initializer(IReadOnlyList<VarObj> Lhs, Ast.Expr Rhs);
