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
}

/// <summary>An expression being checked: the node, and what it is so far.</summary>
public sealed class Operand
{
    public Mode Mode;
    public Ast.Expr Expr;
    public GoType Type;
    public ConstValue? Value;
    public BuiltinId Builtin;

    public Operand(Mode mode, Ast.Expr expr, GoType type, ConstValue? value = null)
    {
        Mode = mode; Expr = expr; Type = type; Value = value;
    }

    public bool Invalid => Mode == Mode.Invalid;
    public bool IsConstant => Mode == Mode.Constant;

    public void SetInvalid() { Mode = Mode.Invalid; Type = Universe.Invalid; Value = null; }
}

/// <summary>A resolved selector x.f: what it selects and through which embedded fields.</summary>
public enum SelectionKind { FieldVal, MethodVal, MethodExpr }

public sealed record Selection(SelectionKind Kind, GoType Recv, GoObject Obj, IReadOnlyList<int> Index, bool Indirect)
{
    public GoType Type => Obj.Type;
}

/// <summary>Everything the checker learned about a package, for the IR builder.</summary>
public sealed class Info
{
    public Dictionary<Ast.Expr, TypeAndValue> Types { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<Ast.Name, GoObject> Defs { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<Ast.Name, GoObject> Uses { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<Ast.SelectorExpr, Selection> Selections { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Objects declared implicitly: a type switch case's variable, an import's package name.</summary>
    public Dictionary<Ast.Node, GoObject> Implicits { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Package-level variable initializations, in the order they must run.</summary>
    public List<Initializer> InitOrder { get; } = [];
    /// <summary>Every function declaration with its object, in source order.</summary>
    public List<(Ast.FuncDecl Decl, FuncObj Obj)> Funcs { get; } = [];
    /// <summary>Package-level variables, in declaration order.</summary>
    public List<VarObj> Globals { get; } = [];

    public TypeAndValue? TypeOf(Ast.Expr e) => Types.GetValueOrDefault(e);

    public GoObject? ObjectOf(Ast.Name n) => Defs.GetValueOrDefault(n) ?? Uses.GetValueOrDefault(n);
}

/// <summary>Package variables Lhs initialized by Rhs (several when Rhs is a multi-value call).</summary>
public sealed record Initializer(IReadOnlyList<VarObj> Lhs, Ast.Expr Rhs);
