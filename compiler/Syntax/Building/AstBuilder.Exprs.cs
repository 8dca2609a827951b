using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Ast;
using Gosharp.Compiler.Syntax.Lexing;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Building;

internal sealed partial class AstBuilder
{
    // ----------------------------------------------------------------------------------------
    // Expressions

    // The expression rules exist twice (expression and, at the top level of if/for/switch
    // headers, hExpression): the methods below accept both.

    /// <summary>
    /// The expressions of an expressionList, hExpressionList or arguments, in an array made once
    /// (lists are built for nearly every statement and call: no builder, no copy).
    /// </summary>
    private ImmutableArray<Expr> ExprList(ParserRuleContext? ctx)
    {
        int n = 0;
        foreach (var child in Children(ctx))
            if (child is P.ExpressionContext or P.HExpressionContext) n++;
        if (n == 0) return ImmutableArray<Expr>.Empty;
        var exprs = new Expr[n];
        n = 0;
        foreach (var child in Children(ctx))
            if (child is P.ExpressionContext or P.HExpressionContext) exprs[n++] = Expr((ParserRuleContext)child);
        return ImmutableCollectionsMarshal.AsImmutableArray(exprs);
    }

    private static (IToken Op, ParserRuleContext? X, ParserRuleContext? Y)? AsBinary(ParserRuleContext? c) => c switch
    {
        P.BinaryExpressionContext b => (b.op, b.expression(0), b.expression(1)),
        P.HBinaryExpressionContext h => (h.op, h.hExpression(0), h.hExpression(1)),
        _ => null,
    };

    /// <summary>An expression or hExpression.</summary>
    private Expr Expr(ParserRuleContext? ctx)
    {
        switch (ctx)
        {
            case P.PrimaryExpressionContext p:
                return Primary(p.primaryExpr(), p);
            case P.HPrimaryExpressionContext p:
                return Primary(p.hPrimaryExpr(), p);
            case P.FuncTypeExpressionContext f:
                return Signature(f.signature(), Pos(After(f.FUNC().Symbol)));
            case P.TypeLiteralExpressionContext or P.HTypeLiteralExpressionContext:
                return TypeLiteral(ctx.GetRuleContext<P.ElemTypeLiteralContext>(0));
            case P.PrefixExpressionContext or P.HPrefixExpressionContext:
                return Prefix(ctx);
            case P.BinaryExpressionContext or P.HBinaryExpressionContext:
            {
                // Left-associative chains (a + b + c + ...) can be long: walk the left spine
                // iteratively rather than recursively (and, for a single operator, without
                // allocating).
                int depth = 0;
                ParserRuleContext? cur = ctx;
                while (AsBinary(cur) is { } bin)
                {
                    depth++;
                    cur = bin.X;
                }
                var x = Expr(cur);
                if (depth == 1) return Binary(x, ctx);
                var spine = new ParserRuleContext[depth];
                for (var c = ctx; depth > 0; c = AsBinary(c)!.Value.X) spine[--depth] = c!;
                foreach (var whole in spine) x = Binary(x, whole);
                return x;
            }
            case null:
                return Bad(tokens.Get(0));
            default:
                return Bad(ctx.Start);
        }
    }

    /// <summary>A binaryExpression or hBinaryExpression whose left operand is <paramref name="x"/>.</summary>
    private Operation Binary(Expr x, ParserRuleContext whole)
    {
        var (op, _, right) = AsBinary(whole)!.Value;
        var y = right != null ? Expr(right) : Bad(After(whole));
        return new Operation(Pos(op), BinaryOp(op.Type), x, y);
    }

    private static Operator BinaryOp(int type) => type switch
    {
        P.STAR => Operator.Mul,
        P.DIV => Operator.Div,
        P.MOD => Operator.Rem,
        P.SHL => Operator.Shl,
        P.SHR => Operator.Shr,
        P.AMP => Operator.And,
        P.ANDNOT => Operator.AndNot,
        P.PLUS => Operator.Add,
        P.MINUS => Operator.Sub,
        P.OR => Operator.Or,
        P.XOR => Operator.Xor,
        P.EQL => Operator.Eql,
        P.NEQ => Operator.Neq,
        P.LSS => Operator.Lss,
        P.LEQ => Operator.Leq,
        P.GTR => Operator.Gtr,
        P.GEQ => Operator.Geq,
        P.ANDAND => Operator.AndAnd,
        P.OROR => Operator.OrOr,
        _ => Operator.None,
    };

    /// <summary>A prefixExpression or hPrefixExpression: a unary operator and its operand.</summary>
    private Expr Prefix(ParserRuleContext ctx)
    {
        var (opTok, operand) = ctx is P.PrefixExpressionContext pe
            ? (pe.op, (ParserRuleContext?)pe.expression())
            : (((P.HPrefixExpressionContext)ctx).op, ((P.HPrefixExpressionContext)ctx).hExpression());
        var pos = Pos(opTok);
        var x = operand != null ? Expr(operand) : Bad(After(ctx));
        switch (opTok.Type)
        {
            case P.AMP:
                // &(T{}) is &T{}: gc drops the parentheses.
                return new Operation(pos, Operator.And, Unparen(x), null);
            case P.ARROW:
                // <-chan T is a channel type, not a receive from the type chan T.
                return x is ChanType c ? ReceiveOnly(c, After(ctx)) : new Operation(pos, Operator.Recv, x, null);
            default:
                var op = opTok.Type switch
                {
                    P.PLUS => Operator.Add,
                    P.MINUS => Operator.Sub,
                    P.NOT => Operator.Not,
                    P.XOR => Operator.Xor,
                    P.STAR => Operator.Mul,
                    _ => Operator.Tilde,
                };
                return new Operation(pos, op, x, null);
        }
    }

    private static Expr Unparen(Expr x)
    {
        while (x is ParenExpr p) x = p.X;
        return x;
    }

    // gc re-associates `<-` with the channel type parsed after it: <-(chan E) is <-chan E, and
    // <-(chan<- E) is <-chan (<-E), which must again be a channel type.
    private ChanType ReceiveOnly(ChanType c, IToken next)
    {
        switch (c.Dir)
        {
            case ChanDir.Recv:
                SyntaxError(Pos(next), "unexpected <-, expecting chan");
                return c;
            case ChanDir.Send:
                if (c.Elem is ChanType inner) return c with { Dir = ChanDir.Recv, Elem = ReceiveOnly(inner, next) };
                SyntaxError(Pos(next), $"unexpected {GoSyntaxPrinter.String(c.Elem)}, expecting chan");
                return c with { Dir = ChanDir.Recv };
            default:
                return c with { Dir = ChanDir.Recv };
        }
    }

    /// <summary>A primaryExpr or hPrimaryExpr.</summary>
    private Expr Primary(ParserRuleContext? ctx, ParserRuleContext parent)
    {
        if (ctx == null) return Bad(After(parent));
        // Selectors, calls and indexes nest to the left: walk the spine iteratively (and, in the
        // common case of a bare operand, without allocating).
        static bool IsBase(ParserRuleContext? c) => c is null || IsOperand(c) || c is P.HCompositeLitExprContext
            or P.CompositeLitExprContext or P.ConversionExprContext or P.HConversionExprContext or P.FuncConversionExprContext;
        int depth = 0;
        var cur = ctx;
        while (!IsBase(cur))
        {
            depth++;
            cur = cur!.GetChild(0) as ParserRuleContext;
        }
        var spine = depth == 0 ? [] : new ParserRuleContext[depth];
        for (var c = ctx; !IsBase(c); c = c!.GetChild(0) as ParserRuleContext) spine[--depth] = c!;
        Expr x = cur switch
        {
            _ when IsOperand(cur) => Operand(cur!),
            P.HCompositeLitExprContext lit => CompositeLitOf(TypeLiteral(lit.typeLiteral()), lit.literalValue()),
            P.CompositeLitExprContext lit => CheckedCompositeLit(ComplitType(lit.complitType()), lit.literalValue()),
            P.ConversionExprContext or P.HConversionExprContext =>
                Call(TypeLiteral(cur.GetRuleContext<P.ElemTypeLiteralContext>(0)), cur.GetRuleContext<P.ArgumentsContext>(0)),
            P.FuncConversionExprContext f =>
                Call(Signature(f, Pos(After(f.FUNC().Symbol))), f.arguments()),
            _ => Bad(ctx.Start),
        };
        foreach (var s in spine)
        {
            var dot = s.GetToken(P.DOT, 0);
            x = s switch
            {
                P.SelectorExprContext or P.HSelectorExprContext =>
                    new SelectorExpr(Pos(dot), x, NameOf(s.GetToken(P.IDENTIFIER, 0), After(dot.Symbol))),
                P.TypeSwitchGuardExprContext or P.HTypeSwitchGuardExprContext => new TypeSwitchGuard(Pos(dot), null, x),
                P.AssertExprContext or P.HAssertExprContext =>
                    new AssertExpr(Pos(dot), x, s.GetRuleContext<P.Type_Context>(0) is { } t ? Type(t) : Bad(After(s))),
                P.IndexExprContext or P.HIndexExprContext => Index(x, s.GetRuleContext<P.IndexContext>(0)),
                P.CallExprContext or P.HCallExprContext => Call(x, s.GetRuleContext<P.ArgumentsContext>(0)),
                _ => Bad(s.Start),
            };
        }
        return x;
    }

    /// <summary>Whether a primaryExpr or hPrimaryExpr is one of the operand alternatives.</summary>
    private static bool IsOperand(ParserRuleContext? c) => c is P.NameOperandContext or P.HNameOperandContext
        or P.LiteralOperandContext or P.HLiteralOperandContext or P.ParenOperandContext or P.HParenOperandContext
        or P.FuncLitOperandContext or P.HFuncLitOperandContext or P.BraceTypeOperandContext or P.HBraceTypeOperandContext;

    /// <summary>An operand alternative of primaryExpr or hPrimaryExpr (see IsOperand).</summary>
    private Expr Operand(ParserRuleContext ctx)
    {
        switch (ctx)
        {
            case P.NameOperandContext or P.HNameOperandContext:
            {
                var id = ctx.GetToken(P.IDENTIFIER, 0);
                return new Name(Pos(id), id.GetText());
            }
            case P.LiteralOperandContext or P.HLiteralOperandContext:
                return Literal(ctx.GetToken(P.LITERAL, 0).Symbol);
            case P.BraceTypeOperandContext or P.HBraceTypeOperandContext:
                return TypeLiteral(ctx.GetRuleContext<P.BraceTypeLiteralContext>(0));
            case P.ParenOperandContext or P.HParenOperandContext:
            {
                var lparen = ctx.GetToken(P.LPAREN, 0);
                var body = ctx.GetRuleContext<P.ParenBodyContext>(0);
                return new ParenExpr(Pos(lparen), body?.expression() is { } e ? Expr(e) : Bad(After(lparen.Symbol)));
            }
            case P.FuncLitOperandContext or P.HFuncLitOperandContext:
            {
                var func = ctx.GetToken(P.FUNC, 0);
                var type = Signature(ctx, Pos(After(func.Symbol)));
                if (ctx.GetRuleContext<P.BlockContext>(0) is not { } body) return type;
                return new FuncLit(Pos(func), type, Block(body));
            }
            default:
                return Bad(ctx.Start);
        }
    }

    // The type of a composite literal: T, pkg.T, List[int], []T, map[K]V, (T) ...
    private Expr ComplitType(P.ComplitTypeContext? ctx)
    {
        switch (ctx)
        {
            case P.NamedComplitTypeContext n:
            {
                Expr x = new Name(Pos(n.IDENTIFIER(0)), n.IDENTIFIER(0).GetText());
                for (int i = 1; i < n.ChildCount; i++)
                {
                    var child = n.GetChild(i);
                    if (Is(child, P.DOT))
                    {
                        var dot = ((ITerminalNode)child).Symbol;
                        var sel = i + 1 < n.ChildCount ? n.GetChild(i + 1) as ITerminalNode : null;
                        x = new SelectorExpr(Pos(dot), x, NameOf(sel, After(dot)));
                        i++;
                    }
                    else if (child is P.ComplitTypeArgsContext args)
                    {
                        x = ComplitInstance(x, args);
                    }
                }
                return x;
            }
            case P.LiteralComplitTypeContext l:
                return TypeLiteral(l.typeLiteral());
            case P.ParenComplitTypeContext p:
                return new ParenExpr(Pos(p.LPAREN()), ComplitType(p.complitType()));
            default:
                return Bad(ctx?.Start ?? tokens.Get(0));
        }
    }

    private Expr ComplitInstance(Expr x, P.ComplitTypeArgsContext? args)
    {
        if (args == null) return x;
        var types = args.type_().Select(Type).ToImmutableArray();
        Expr index = types.Length switch
        {
            0 => Bad(After(args.LBRACK().Symbol)),
            1 => types[0],
            _ => new ListExpr(types[0].Pos, types),
        };
        return new IndexExpr(Pos(args.LBRACK()), x, index);
    }

    private BasicLit Literal(IToken t)
    {
        var text = t.Text;
        var kind = text.Length == 0 ? LitKind.String : text[0] switch
        {
            '\'' => LitKind.Rune,
            '"' or '`' => LitKind.String,
            _ => NumberKind(text),
        };
        return new BasicLit(Pos(t), text, kind, badLiterals.Contains(t.StartIndex));
    }

    private static LitKind NumberKind(string text)
    {
        Span<byte> bytes = text.Length <= 256 ? stackalloc byte[text.Length] : new byte[text.Length];
        Encoding.ASCII.GetBytes(text, bytes);
        return NumberLiteral.Kind(bytes);
    }

    private Expr Index(Expr x, P.IndexContext? ctx)
    {
        if (ctx == null) return x;
        var lbrack = Pos(ctx.LBRACK());
        var exprs = ctx.expression();
        var tail = ctx.sliceTail();
        // gc reads x[a, T2, T3] as an instantiation: after the first comma only types.
        for (int i = 1; i < exprs.Length; i++)
        {
            if (NotAType(exprs[i]) is { } bad)
            {
                Unexpected(bad, ", expecting ]");
                break;
            }
        }
        if (tail == null)
        {
            if (exprs.Length == 0) return new IndexExpr(lbrack, x, Bad(After(ctx.LBRACK().Symbol)));
            if (exprs.Length == 1) return new IndexExpr(lbrack, x, Expr(exprs[0]));
            var list = exprs.Select(Expr).ToImmutableArray();
            return new IndexExpr(lbrack, x, new ListExpr(list[0].Pos, list));
        }

        if ((exprs.Length > 1 || ctx.COMMA().Length > 0) && exprs.Skip(1).All(e => NotAType(e) == null))
            Unexpected(tail.Start, ", expecting ]");   // x[i, T:...]: gc wants the ']' of an instantiation
        var low = exprs.Length > 0 ? Expr(exprs[0]) : null;
        Expr? high = null, max = null;
        int colons = 0;
        IToken? secondColon = null;
        foreach (var child in Children(tail))
        {
            if (Is(child, P.COLON))
            {
                colons++;
                if (colons == 2) secondColon = ((ITerminalNode)child).Symbol;
            }
            else if (child is P.ExpressionContext e)
            {
                if (colons == 1) high = Expr(e);
                else max = Expr(e);
            }
        }
        bool full = colons == 2;
        if (full)
        {
            if (high == null)
            {
                Error(Pos(secondColon!), "middle index required in 3-index slice");
                high = Bad(secondColon!);
            }
            if (max == null)
            {
                var rbrack = ctx.RBRACK() is { } rb && rb is not IErrorNode ? rb.Symbol : After(tail);
                Error(Pos(rbrack), "final index required in 3-index slice");
                max = Bad(rbrack);
            }
        }
        return new SliceExpr(lbrack, x, low, high, max, full);
    }

    /// <summary>
    /// Where an expression stops being a type as gc's typeOrNil reads one (a qualified name with
    /// type arguments, *T, a type literal, (T)...): the first token that does not fit, or null.
    /// </summary>
    private static IToken? NotAType(ParserRuleContext? ctx)
    {
        switch (ctx)
        {
            case P.BinaryExpressionContext b:
                return NotAType(b.expression(0)) ?? b.op;
            case P.PrefixExpressionContext p:
                return p.op.Type is P.STAR or P.ARROW ? NotAType(p.expression()) : p.op;
            case P.PrimaryExpressionContext p:
                return NotAType(p.primaryExpr());
            case P.LiteralOperandContext l:
                return l.Start;
            case P.ParenOperandContext par:
                return NotAType(par.parenBody()?.expression());
            case P.FuncLitOperandContext f:
                return f.block()?.Start;
            case P.SelectorExprContext s:
                // pkg.T, but not x.y.z
                return s.primaryExpr() is P.NameOperandContext ? null : s.DOT().Symbol;
            case P.IndexExprContext i:
                return NotAType(i.primaryExpr()) ?? (i.index()?.sliceTail()?.Start);
            case P.CompositeLitExprContext c:
                return c.literalValue()?.Start;
            case P.ConversionExprContext c:
                return c.arguments()?.Start;
            case P.FuncConversionExprContext c:
                return c.arguments()?.Start;
            case P.CallExprContext c:
                return NotAType(c.primaryExpr()) ?? c.arguments()?.Start;
            case P.AssertExprContext or P.TypeSwitchGuardExprContext:
                return ctx.GetToken(P.DOT, 0)?.Symbol;
            default:
                return null;
        }
    }

    private CallExpr Call(Expr fun, P.ArgumentsContext? ctx)
    {
        if (ctx == null) return new CallExpr(fun.Pos, fun, ImmutableArray<Expr>.Empty, false);
        var args = ExprList(ctx);
        return new CallExpr(Pos(ctx.LPAREN()), fun, args, ctx.ELLIPSIS() != null);
    }

    private CompositeLit CompositeLitOf(Expr? type, P.LiteralValueContext? ctx)
    {
        if (ctx == null)
            return new CompositeLit(type?.Pos ?? Pos(tokens.Get(0)), type, ImmutableArray<Expr>.Empty, 0, type?.Pos ?? Pos(tokens.Get(0)));
        var lbrace = ctx.LBRACE();
        if (type is ParenExpr) SyntaxError(Pos(lbrace), "cannot parenthesize type in composite literal");
        var elems = ImmutableArray.CreateBuilder<Expr>();
        int nkeys = 0;
        foreach (var ke in ctx.keyedElement())
        {
            var parts = ke.element();
            if (parts.Length == 0) continue;
            var first = Element(parts[0]);
            if (ke.COLON() is { } colon)
            {
                var value = parts.Length > 1 ? Element(parts[1]) : Bad(After(colon.Symbol));
                elems.Add(new KeyValueExpr(Pos(colon), first, value));
                nkeys++;
            }
            else
            {
                elems.Add(first);
            }
        }
        var rbrace = ctx.RBRACE() is { } rb && rb is not IErrorNode ? Pos(rb) : Pos(After(ctx));
        return new CompositeLit(Pos(lbrace), type, elems.ToImmutable(), nkeys, rbrace);
    }

    // gc takes `{` after an expression as a composite literal only after something that may be
    // its type; the grammar took it after anything, so check here.
    private CompositeLit CheckedCompositeLit(Expr type, P.LiteralValueContext? ctx)
    {
        if (ctx != null && !MayBeLiteralType(Unparen(type)))
            Unexpected(ctx.LBRACE().Symbol, " at end of statement");
        return CompositeLitOf(type, ctx);
    }

    private static bool MayBeLiteralType(Expr x) =>
        x is Name or SelectorExpr or IndexExpr or ArrayType or SliceType or StructType or MapType or BadExpr;

    private Expr Element(P.ElementContext ctx) =>
        ctx.literalValue() is { } lv ? CompositeLitOf(null, lv) : Expr(ctx.expression());
}
