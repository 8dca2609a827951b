using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Ast;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Building;

internal sealed partial class AstBuilder
{
    /// <summary>Which header a simple statement is in (gc's keyword argument to simpleStmt).</summary>
    private enum HeaderKind { None, If, For, Switch }

    private static string KeywordOf(HeaderKind k) => k switch
    {
        HeaderKind.If => "if",
        HeaderKind.For => "for",
        _ => "switch",
    };

    // ----------------------------------------------------------------------------------------
    // Blocks and statement lists

    private BlockStmt Block(P.BlockContext ctx)
    {
        var stmts = StmtList(ctx);
        var rbrace = ctx.RBRACE() is { } rb && rb is not IErrorNode ? Pos(rb) : Pos(After(ctx));
        return new BlockStmt(Pos(ctx.Start), stmts, rbrace);
    }

    /// <summary>
    /// The statements of a block or a statementList: statements separated by semicolons, where a
    /// semicolon with no statement before it is an EmptyStmt.
    /// </summary>
    private ImmutableArray<Stmt> StmtList(ParserRuleContext? ctx)
    {
        if (ctx == null || ctx.ChildCount == 0) return ImmutableArray<Stmt>.Empty;
        var list = ImmutableArray.CreateBuilder<Stmt>();
        bool afterStmt = false;
        foreach (var child in Children(ctx))
        {
            if (child is P.StatementContext s)
            {
                // gc drops pending directives at a statement (declarations take theirs) and after it.
                if (s is not P.DeclStatementContext) pragmas.Clear(Offset(s.Start));
                // Compound statements check their parts (header, clauses, nested statements).
                bool q = s is not (P.IfStatementContext or P.ForStatementContext or P.SwitchStatementContext
                    or P.SelectStatementContext or P.BlockStatementContext or P.LabeledStatementContext) && Enter(s);
                var outerDetect = detectAt;
                detectAt = Pos(After(s));
                if (Statement(s) is { } stmt) list.Add(stmt);
                detectAt = outerDetect;
                Leave(q);
                pragmas.Clear(Offset(After(s)));
                afterStmt = true;
            }
            else if (Is(child, P.SEMI))
            {
                if (!afterStmt) list.Add(new EmptyStmt(Pos((ITerminalNode)child)));
                afterStmt = false;
            }
        }
        // A case clause's statements end at the next case or default, where gc wants a ';' (or
        // newline) after a statement first: `case 0: f() case 1:`.
        // (A label without its statement is an error of its own, after which gc ends the list.)
        if (ctx is P.StatementListContext && ctx.GetChild(ctx.ChildCount - 1) is P.StatementContext last
            && !EndsWithBareLabel(last) && After(last) is { Type: P.CASE or P.DEFAULT } next)
            Unexpected(next, " at end of statement");
        return list.ToImmutable();
    }

    private static bool EndsWithBareLabel(P.StatementContext s)
    {
        while (s is P.LabeledStatementContext l)
        {
            if (l.statement() is not { } inner) return true;
            s = inner;
        }
        return false;
    }

    private Stmt? Statement(P.StatementContext ctx)
    {
        switch (ctx)
        {
            case P.DeclStatementContext d:
            {
                var decls = ImmutableArray.CreateBuilder<Decl>();
                Declaration(d.declaration(), decls);
                return new DeclStmt(Pos(d), decls.ToImmutable());
            }
            case P.LabeledStatementContext l:
                return Labeled(l);
            case P.SimpleStatementContext s:
                return SimpleStmt(s.simpleStmt(), HeaderKind.None);
            case P.GoStatementContext g:
                return CallStmt(g.GO().Symbol, CallToken.Go, g.primaryExpr(), g);
            case P.DeferStatementContext d:
                return CallStmt(d.DEFER().Symbol, CallToken.Defer, d.primaryExpr(), d);
            case P.ReturnStatementContext r:
                return new ReturnStmt(Pos(r), ExprList(r.expressionList()));
            case P.BreakStatementContext b:
                return new BranchStmt(Pos(b), BranchToken.Break, b.IDENTIFIER() is { } bl ? NameOf(bl, b.Start) : null);
            case P.ContinueStatementContext c:
                return new BranchStmt(Pos(c), BranchToken.Continue, c.IDENTIFIER() is { } cl ? NameOf(cl, c.Start) : null);
            case P.GotoStatementContext g:
                return new BranchStmt(Pos(g), BranchToken.Goto, NameOf(g.IDENTIFIER(), After(g.GOTO().Symbol)));
            case P.FallthroughStatementContext f:
                return new BranchStmt(Pos(f), BranchToken.Fallthrough, null);
            case P.BlockStatementContext b:
                return Block(b.block());
            case P.IfStatementContext i:
                return If(i.ifStmt());
            case P.SwitchStatementContext s:
                return Switch(s);
            case P.SelectStatementContext s:
                return Select(s);
            case P.ForStatementContext f:
                return For(f);
            default:
                return null;
        }
    }

    private Stmt? Labeled(P.LabeledStatementContext ctx)
    {
        var label = NameOf(ctx.IDENTIFIER(), ctx.Start);
        var colon = ctx.COLON().Symbol;
        if (ctx.statement() is { } inner)
        {
            if (inner is not P.DeclStatementContext) pragmas.Clear(Offset(inner.Start));
            bool q = inner is not (P.IfStatementContext or P.ForStatementContext or P.SwitchStatementContext
                or P.SelectStatementContext or P.BlockStatementContext or P.LabeledStatementContext) && Enter(inner);
            var s = Statement(inner);
            Leave(q);
            return s == null ? null : new LabeledStmt(Pos(colon), label, s);
        }
        if (Enter(ctx)) { Leave(true); return null; }
        // A label before '}' or ';' labels an empty statement; before anything else it is an error.
        var next = After(colon);
        if (next.Type is P.RBRACE or P.SEMI) return new LabeledStmt(Pos(colon), label, new EmptyStmt(Pos(next)));
        SyntaxError(Pos(colon), "missing statement after label");
        return null;
    }

    private CallStmt CallStmt(IToken keyword, CallToken tok, P.PrimaryExprContext? ctx, ParserRuleContext stmt)
    {
        var kw = tok.Text();
        if (ctx == null || ctx.ChildCount == 0)
        {
            // No operand at all (the syntax error is the parser's): gc's parser makes a BadExpr
            // where it should start and still says the statement needs a call, whatever the
            // recovery around it, so this error is not one of a failed parse's artifacts.
            var at = After(keyword);
            errors.Add((new Diagnostic(Pos(at), $"expression in {kw} must be function call"), detectAt));
            return new CallStmt(Pos(keyword), tok, new CallExpr(Pos(at), Bad(at), ImmutableArray<Expr>.Empty, false));
        }
        var x = Primary(ctx, stmt);
        if (x is ParenExpr)
        {
            Error(x.Pos, $"expression in {kw} must not be parenthesized");
            x = Unparen(x);
        }
        if (x is not CallExpr call)
        {
            Error(x.Pos, $"expression in {kw} must be function call");
            call = new CallExpr(x.Pos, x, ImmutableArray<Expr>.Empty, false);
        }
        return new CallStmt(Pos(keyword), tok, call);
    }

    // ----------------------------------------------------------------------------------------
    // Simple statements

    /// <summary>A simpleStmt, or an hSimpleStmt of a header.</summary>
    private SimpleStmt SimpleStmt(ParserRuleContext? ctx, HeaderKind kind)
    {
        switch (ctx)
        {
            case P.RangeSimpleStmtContext or P.RangeHeaderStmtContext:
            {
                var rangeTok = ctx.GetToken(P.RANGE, 0).Symbol;
                var xctx = ctx.GetRuleContext<ParserRuleContext>(0);
                var x = xctx != null ? Expr(xctx) : Bad(After(ctx));
                if (kind != HeaderKind.For)
                {
                    Unexpected(rangeTok, kind == HeaderKind.None ? ", expecting }" : ", expecting expression");
                    return new ExprStmt(x.Pos, x);
                }
                return new RangeClause(Pos(rangeTok), ImmutableArray<Expr>.Empty, false, x);
            }
            case P.ExprSimpleStmtContext s:
                return ExprSimpleStmt(s, s.op, kind);
            case P.ExprHeaderStmtContext h:
                return ExprSimpleStmt(h, h.op, kind);
            default:
            {
                var bad = Bad(ctx?.Start ?? tokens.Get(0));
                return new ExprStmt(bad.Pos, bad);
            }
        }
    }

    // expressionList [op (expressionList | range expression | expression)] (or the h versions).
    private SimpleStmt ExprSimpleStmt(ParserRuleContext ctx, IToken? op, HeaderKind kind)
    {
        var lists = new List<ParserRuleContext>();
        ParserRuleContext? single = null;
        foreach (var child in Children(ctx))
        {
            if (child is P.ExpressionListContext or P.HExpressionListContext) lists.Add((ParserRuleContext)child);
            else if (child is P.ExpressionContext or P.HExpressionContext) single = (ParserRuleContext)child;
        }
        var lhs = lists.Count > 0 ? ExprList(lists[0]) : ImmutableArray<Expr>.Empty;
        if (lhs.IsEmpty) lhs = ImmutableArray.Create<Expr>(Bad(ctx.Start));

        if (op == null)
        {
            if (lhs.Length > 1) Unexpected(After(ctx), ", expecting := or = or comma");
            return new ExprStmt(lhs[0].Pos, lhs[0]);
        }

        var pos = Pos(op);
        switch (op.Type)
        {
            case P.ASSIGN:
            case P.DEFINE:
            {
                bool define = op.Type == P.DEFINE;
                if (ctx.GetToken(P.RANGE, 0) is { } range)
                {
                    var x = single != null ? Expr(single) : Bad(After(ctx));
                    if (kind == HeaderKind.For) return new RangeClause(Pos(range), lhs, define, x);
                    Unexpected(range.Symbol, ", expecting expression");
                    return new AssignStmt(pos, Operator.None, lhs, ImmutableArray.Create(x), define);
                }
                var rhs = lists.Count > 1 ? ExprList(lists[1]) : ImmutableArray.Create<Expr>(Bad(After(op)));
                // switch x := y.(type): the guard takes the name (gc's simpleStmt with keyword _Switch).
                if (kind == HeaderKind.Switch && define && rhs.Length == 1 && rhs[0] is TypeSwitchGuard g
                    && lhs.Length == 1 && lhs[0] is Name n)
                {
                    var guard = g with { Lhs = n };
                    return new ExprStmt(guard.Pos, guard);
                }
                return new AssignStmt(pos, Operator.None, lhs, rhs, define);
            }
            default:
            {
                if (lhs.Length > 1)
                {
                    Unexpected(op, ", expecting := or = or comma");
                    return new ExprStmt(lhs[0].Pos, lhs[0]);
                }
                switch (op.Type)
                {
                    case P.INC:
                        return new AssignStmt(pos, Operator.Add, lhs, ImmutableArray<Expr>.Empty, false);
                    case P.DEC:
                        return new AssignStmt(pos, Operator.Sub, lhs, ImmutableArray<Expr>.Empty, false);
                    case P.ARROW:
                        return new SendStmt(pos, lhs[0], single != null ? Expr(single) : Bad(After(op)));
                    default:
                    {
                        // x op= y: the grammar parses y as an expression list (of one).
                        var rhs = single != null ? Expr(single) : lists.Count > 1 ? ExprList(lists[1])[0] : Bad(After(op));
                        return new AssignStmt(pos, AssignOp(op.Text), lhs, ImmutableArray.Create(rhs), false);
                    }
                }
            }
        }
    }

    private static Operator AssignOp(string text) => text switch
    {
        "+=" => Operator.Add,
        "-=" => Operator.Sub,
        "|=" => Operator.Or,
        "^=" => Operator.Xor,
        "*=" => Operator.Mul,
        "/=" => Operator.Div,
        "%=" => Operator.Rem,
        "&=" => Operator.And,
        "&^=" => Operator.AndNot,
        "<<=" => Operator.Shl,
        _ => Operator.Shr,
    };

    // ----------------------------------------------------------------------------------------
    // if, for, switch, select

    private IfStmt If(P.IfStmtContext ctx)
    {
        var kw = ctx.IF().Symbol;
        bool q = Enter(ctx.header()) || (ctx.thenBlock == null && Enter(ctx));
        var (init, cond, _) = Header(kw, ctx.header(), HeaderKind.If);
        Leave(q);
        var then = ctx.thenBlock is { } b ? Block(b) : new BlockStmt(Pos(After(ctx)), ImmutableArray<Stmt>.Empty, Pos(After(ctx)));
        Stmt? els = null;
        if (ctx.ELSE() != null)
        {
            if (ctx.ifStmt() is { } elseIf) els = If(elseIf);
            else if (ctx.elseBlock is { } eb) els = Block(eb);
        }
        return new IfStmt(Pos(kw), init, cond ?? Bad(After(kw)), then, els);
    }

    private ForStmt For(P.ForStatementContext ctx)
    {
        var kw = ctx.FOR().Symbol;
        bool q = Enter(ctx.header()) || (ctx.block() == null && Enter(ctx));
        var (init, cond, post) = Header(kw, ctx.header(), HeaderKind.For);
        Leave(q);
        var body = ctx.block() is { } b ? Block(b) : new BlockStmt(Pos(After(ctx)), ImmutableArray<Stmt>.Empty, Pos(After(ctx)));
        return new ForStmt(Pos(kw), init, cond, post, body);
    }

    private SwitchStmt Switch(P.SwitchStatementContext ctx)
    {
        var kw = ctx.SWITCH().Symbol;
        bool q = Enter(ctx.header()) || (ctx.LBRACE() == null && Enter(ctx));
        var (init, tag, _) = Header(kw, ctx.header(), HeaderKind.Switch);
        Leave(q);
        var clauses = ImmutableArray.CreateBuilder<CaseClause>();
        foreach (var cc in ctx.caseClause())
        {
            bool qc = Enter(cc.expressionList());
            var cases = cc.CASE() != null ? ExprList(cc.expressionList()) : ImmutableArray<Expr>.Empty;
            Leave(qc);
            if (cc.CASE() != null && cases.IsEmpty) cases = ImmutableArray.Create<Expr>(Bad(After(cc.CASE().Symbol)));
            var colon = cc.COLON() is { } c && c is not IErrorNode ? Pos(c) : Pos(After(cc.Start));
            clauses.Add(new CaseClause(Pos(cc), cases, StmtList(cc.statementList()), colon));
        }
        var rbrace = ctx.RBRACE() is { } rb && rb is not IErrorNode ? Pos(rb) : Pos(After(ctx));
        return new SwitchStmt(Pos(kw), init, tag, clauses.ToImmutable(), rbrace);
    }

    private SelectStmt Select(P.SelectStatementContext ctx)
    {
        var clauses = ImmutableArray.CreateBuilder<CommClause>();
        foreach (var cc in ctx.commClause())
        {
            bool qc = Enter(cc.simpleStmt());
            var comm = cc.CASE() != null ? SimpleStmt(cc.simpleStmt(), HeaderKind.None) : null;
            Leave(qc);
            var colon = cc.COLON() is { } c && c is not IErrorNode ? Pos(c) : Pos(After(cc.Start));
            clauses.Add(new CommClause(Pos(cc), comm, StmtList(cc.statementList()), colon));
        }
        var rbrace = ctx.RBRACE() is { } rb && rb is not IErrorNode ? Pos(rb) : Pos(After(ctx));
        return new SelectStmt(Pos(ctx.SELECT()), clauses.ToImmutable(), rbrace);
    }

    /// <summary>
    /// gc's header(): splits <c>[init;] [cond] [; post]</c> (the grammar accepted up to three
    /// simple statements separated by semicolons) and reports what gc reports about it.
    /// </summary>
    private (SimpleStmt? Init, Expr? Cond, SimpleStmt? Post) Header(IToken keyword, P.HeaderContext? ctx, HeaderKind kind)
    {
        var kw = KeywordOf(kind);
        var outerDetect = detectAt;
        detectAt = ctx != null && ctx.ChildCount > 0 ? Pos(After(ctx)) : Pos(After(keyword));
        try
        {
            return HeaderParts(keyword, ctx, kind, kw);
        }
        finally
        {
            detectAt = outerDetect;
        }
    }

    private (SimpleStmt? Init, Expr? Cond, SimpleStmt? Post) HeaderParts(IToken keyword, P.HeaderContext? ctx, HeaderKind kind, string kw)
    {
        IToken? varTok = null, semi1 = null, semi2 = null;
        P.HSimpleStmtContext? s1 = null, s2 = null, s3 = null;
        foreach (var child in Children(ctx))
        {
            if (Is(child, P.VAR)) varTok = ((ITerminalNode)child).Symbol;
            else if (Is(child, P.SEMI))
            {
                if (semi1 == null) semi1 = ((ITerminalNode)child).Symbol;
                else semi2 = ((ITerminalNode)child).Symbol;
            }
            else if (child is P.HSimpleStmtContext s)
            {
                if (semi1 == null) s1 = s;
                else if (semi2 == null) s2 = s;
                else s3 = s;
            }
        }
        // The token after the header: the block's '{' when all is well.
        var lbrace = ctx != null && ctx.ChildCount > 0 ? After(ctx) : After(keyword);

        if (varTok == null && s1 == null && semi1 == null)
        {
            if (kind == HeaderKind.If)
            {
                SyntaxError(Pos(lbrace), "missing condition in if statement");
                return (null, Bad(lbrace), null);
            }
            return (null, null, null);
        }

        if (varTok != null) SyntaxError(Pos(After(varTok)), $"var declaration not allowed in {kw} initializer");

        SimpleStmt? init = s1 != null ? SimpleStmt(s1, kind) : null;
        SimpleStmt? condStmt = null, post = null;
        if (init is RangeClause)
        {
            if (semi1 != null) Unexpected(semi1, $", expecting {{ after {kw} clause");
            return (init, null, null);
        }

        if (semi1 != null)
        {
            if (kind == HeaderKind.For)
            {
                if (s2 == null && semi2 == null)
                {
                    Unexpected(lbrace, ", expecting for loop condition");
                }
                else
                {
                    if (s2 != null) condStmt = SimpleStmt(s2, HeaderKind.None);
                    if (semi2 == null)
                    {
                        Unexpected(lbrace, ", expecting semicolon or newline");
                    }
                    else if (s3 != null)
                    {
                        post = SimpleStmt(s3, HeaderKind.None);
                        if (post is AssignStmt { IsDefine: true } def)
                            SyntaxError(def.Pos, "cannot declare in post statement of for loop");
                    }
                }
            }
            else
            {
                if (s2 != null) condStmt = SimpleStmt(s2, kind);
                if (semi2 != null)
                {
                    if (kind == HeaderKind.Switch) SyntaxError(Pos(semi2), "missing { after switch clause");
                    else Unexpected(semi2, $", expecting {{ after {kw} clause");
                }
            }
        }
        else
        {
            condStmt = init;
            init = null;
        }

        Expr? cond = null;
        switch (condStmt)
        {
            case null:
                if (kind == HeaderKind.If && semi1 != null)
                {
                    if (semi1.Text != ";") SyntaxError(Pos(semi1), $"unexpected {semi1.Text}, expecting {{ after if clause");
                    else SyntaxError(Pos(semi1), "missing condition in if statement");
                    cond = Bad(semi1);
                }
                break;
            case ExprStmt e:
                cond = e.X;
                break;
            default:
                // A common mistake is '=' for '=='; say so.
                var str = condStmt is AssignStmt { Op: Operator.None, IsDefine: false, IsIncDec: false } a
                    ? $"assignment ({GoSyntaxPrinter.String(a.Lhs)}) = ({GoSyntaxPrinter.String(a.Rhs)})"
                    : GoSyntaxPrinter.String(condStmt);
                SyntaxError(condStmt.Pos, $"cannot use {str} as value");
                break;
        }
        return (init, cond, post);
    }
}
