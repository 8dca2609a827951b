using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>What the checker knows about the function body it is in (a declared function or a function literal).</summary>
internal sealed class FuncContext(Signature sig, FuncContext? outer, Ast.FuncLit? lit)
{
    public Signature Sig { get; } = sig;
    public FuncContext? Outer { get; } = outer;
    /// <summary>The function literal this context is for (null for a declared function).</summary>
    public Ast.FuncLit? Lit { get; } = lit;
    /// <summary>Local variables (not parameters) in declaration order, for "declared and not used".</summary>
    public List<VarObj> Locals { get; } = [];
    /// <summary>Variables of enclosing functions this function refers to, in order of first reference.</summary>
    public List<VarObj> Captured { get; } = [];
    private readonly HashSet<VarObj> captured = new(ReferenceEqualityComparer.Instance);

    public void DeclareLocal(VarObj v) => Locals.Add(v);

    public void Captures(VarObj v) { if (captured.Add(v)) Captured.Add(v); }
}

// Function bodies and function literals (closures and what they capture).
public sealed partial class Checker
{
    /// <summary>The function (or literal) each local variable and parameter belongs to.</summary>
    private readonly Dictionary<VarObj, FuncContext> varOwner = new(ReferenceEqualityComparer.Instance);

    /// <summary>A variable of an enclosing function used in a function literal is captured by it (and the literals between).</summary>
    private void NoteCapture(VarObj v)
    {
        if (fn == null || v.IsGlobal || v.IsField) return;
        if (!varOwner.TryGetValue(v, out var owner) || owner == fn) return;
        for (var k = fn; k != null && k != owner; k = k.Outer) k.Captures(v);
        v.Captured = true;
        v.AddressTaken = true;
    }

    private void FuncBody(GoObject? owner, DeclInfo? decl, Signature sig, Ast.BlockStmt body, Scope paramScope, Ast.FuncLit? lit = null)
    {
        var savedScope = scope;
        var savedFn = fn;
        var savedIota = iota;
        var savedDecl = declContext;
        var ctx = new FuncContext(sig, lit != null ? fn : null, lit);
        fn = ctx;
        if (decl != null) declContext = decl;
        // A function literal in a constant declaration sees the declaration's iota.
        if (lit == null) iota = null;
        scope = paramScope;
        if (sig.Recv != null) varOwner[sig.Recv] = ctx;
        foreach (var v in sig.Params.Vars) varOwner[v] = ctx;
        foreach (var v in sig.Results.Vars) varOwner[v] = ctx;
        try
        {
            info.Scopes[body] = paramScope;
            StmtList(body.Stmts, StmtContext.None);
            if (sig.Results.Count > 0 && !IsTerminatingList(body.Stmts, null))
                Error(body.Rbrace, "missing return");
            ReportUnused(ctx);
            if (lit != null) info.Captures[lit] = ctx.Captured.ToList();
        }
        finally
        {
            scope = savedScope;
            fn = savedFn;
            iota = savedIota;
            declContext = savedDecl;
        }
        _ = owner;
    }

    private void FuncDeclBody(FuncObj f, DeclInfo d, Signature sig, Ast.BlockStmt body, Scope paramScope)
    {
        colors[f] = Color.Black;
        FuncBody(f, d, sig, body, paramScope, null);
    }

    private void ReportUnused(FuncContext f)
    {
        foreach (var v in f.Locals.OrderBy(v => v.Pos.Line).ThenBy(v => v.Pos.Col))
            if (!v.Used && v.Name != "_") Error(v.Pos, $"{v.Name} declared but not used"); // gc 1.19's wording (1.20+: "declared and not used: x")
    }

    private Operand FuncLit(Ast.FuncLit fl)
    {
        var fscope = new Scope(scope, "function");
        var saved = scope;
        scope = fscope;
        Signature sig;
        try { sig = FuncType(fl.Type, null, fscope); }
        finally { scope = saved; }
        info.Types[fl.Type] = new TypeAndValue(Mode.TypeExpr, sig, null);
        info.Scopes[fl] = fscope;
        // The body is checked now, in the enclosing function's context (it may refer to its variables).
        var savedHasCall = hasCallOrRecv;
        FuncBody(null, null, sig, fl.Body, fscope, fl);
        hasCallOrRecv = savedHasCall;
        return new Operand(Mode.Value, fl, sig);
    }
}
