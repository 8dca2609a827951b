using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// gc's error recovery (Go 1.19's syntax package), where it differs from ANTLR's. After an
/// error gc skips tokens up to a follow set that depends on where it is, and goes on as if
/// nothing had happened:
///   * after a statement not followed by ';' or '}' ("at end of statement"): up to ';', '}',
///     case, default or a keyword starting a statement, then past the ';';
///   * in a switch or select body, at a token no clause starts with: up to ':', case, default
///     or '}' (or a statement keyword), then reads the clause's ':' and statements;
///   * in a list (arguments, parameters, fields, composite literal elements, grouped specs)
///     after an element not followed by its separator or closing token: up to ')', ']' or '}'
///     (and, in a function, a statement keyword); the list ends there if that is not its own
///     closing token;
///   * at the top level, after a declaration not followed by ';' or where no declaration
///     starts: up to import, const, type, var or func.
/// Inside a function body gc also stops at the keywords that start statements.
/// ANTLR calls Sync before each decision of a loop; at those points this class recognizes
/// gc's situations, reports gc's error, skips what gc skips and, where gc would go on with a
/// token it need not see (the ';' before the statement after the skipped tokens, the clause
/// head before ':'), inserts that token, so that the grammar's loops go on as gc's do.
/// </summary>
internal static class GcRecovery
{
    // gc's stopset: the keywords that start statements.
    private static bool StartsStatement(int t) => t is P.BREAK or P.CONST or P.CONTINUE or P.DEFER
        or P.FALLTHROUGH or P.FOR or P.GO or P.GOTO or P.IF or P.RETURN or P.SELECT or P.SWITCH or P.TYPE or P.VAR;

    private static bool StartsDeclaration(int t) => t is P.IMPORT or P.CONST or P.TYPE or P.VAR or P.FUNC;

    /// <summary>
    /// At top level, where a declaration should start: reports the token at lookahead `at` and
    /// drops it and everything up to the next declaration (an import no longer counts), as gc skips.
    /// </summary>
    private static void SkipNonDeclaration(Parser parser, GcErrorStrategy strategy, GoTokenStream tokens, GoParseContext ctx, int at)
    {
        var bad = tokens.LT(at);
        strategy.ReportAt(parser, bad, GcSyntaxMessages.TopLevelAfterSemi(ctx, bad));
        int k = at;
        while (tokens.LT(k) is var t && t.Type != TokenConstants.EOF && !(StartsDeclaration(t.Type) && t.Type != P.IMPORT)) k++;
        tokens.Remove(bad.TokenIndex, tokens.LT(k).TokenIndex);
    }

    /// <summary>Handles the error at a loop decision gc recovers from; false: not such a case (ANTLR's Sync decides).</summary>
    public static bool Sync(Parser parser, GcErrorStrategy strategy)
    {
        if (parser.Context is not GoParseContext ctx || parser.InputStream is not GoTokenStream tokens) return false;
        int la = tokens.LA(1);
        // At EOF only a missing operand is gc's own case ("unexpected EOF, expecting expression").
        if (la == TokenConstants.EOF && ctx is not (P.ExpressionContext or P.PrimaryExprContext or P.HExpressionContext or P.HPrimaryExprContext)) return false;
        var last = ctx.ChildCount > 0 ? ctx.GetChild(ctx.ChildCount - 1) : null;
        switch (ctx)
        {
            case P.BlockContext or P.StatementListContext when last is P.StatementContext:
            {
                if (la is P.SEMI or P.RBRACE) return false;
                // A case clause's statements end at case or default: ANTLR takes that as the end
                // of the list, and the AST builder reports the missing ';'.
                if (ctx is P.StatementListContext && la is P.CASE or P.DEFAULT) return false;
                strategy.ReportAt(parser, tokens.LT(1));
                Skip(parser, strategy, t => t is P.SEMI or P.RBRACE or P.CASE or P.DEFAULT || StartsStatement(t));
                if (StartsStatement(tokens.LA(1))) tokens.InsertBeforeCurrent(P.SEMI, "newline");
                return true;
            }

            case P.SwitchStatementContext or P.SelectStatementContext
                when Opened(ctx, P.LBRACE) && ctx.GetToken(P.RBRACE, 0) == null:
            {
                if (la is P.CASE or P.DEFAULT or P.RBRACE) return false;
                // After "switch init; tag;" gc misses the '{' (the builder reports "missing { after
                // switch clause") and skips, silently, that '{' and what follows up to a clause.
                if (ctx is P.SwitchStatementContext sw && last is ITerminalNode { Symbol.Type: P.LBRACE }
                    && sw.header()?.SEMI().Length == 2)
                {
                    Skip(parser, strategy, t => t is P.CASE or P.DEFAULT or P.RBRACE || StartsStatement(t));
                    if (tokens.LA(1) is P.CASE or P.DEFAULT or P.RBRACE or TokenConstants.EOF) return true;
                }
                strategy.ReportAt(parser, tokens.LT(1), $"unexpected {GcTokens.Describe(tokens.LT(1))}, expecting case or default or }}");
                Skip(parser, strategy, t => t is P.COLON or P.CASE or P.DEFAULT or P.RBRACE || StartsStatement(t));
                la = tokens.LA(1);
                if (la == TokenConstants.EOF) return true;
                // gc then reads the clause's ':' (any other token is an error, and skipped: even
                // case or '}') and its statements: parse them as a default clause's.
                if (la != P.COLON)
                {
                    strategy.ReportAt(parser, tokens.LT(1), $"unexpected {GcTokens.Describe(tokens.LT(1))}, expecting :");
                    parser.Consume();
                    tokens.InsertBeforeCurrent(P.COLON, ":");
                }
                tokens.InsertBeforeCurrent(P.DEFAULT, "default");
                return true;
            }

            // Where a declaration should start (after the package clause, an import or a
            // declaration and its ';') gc skips to the next one.
            case P.SourceFileContext when last is ITerminalNode { Symbol.Type: P.SEMI } && ctx.ChildCount >= 2
                && !StartsDeclaration(la) && la != P.SEMI:
                SkipNonDeclaration(parser, strategy, tokens, ctx, 1);
                return false;

            case P.SourceFileContext when last is P.TopLevelDeclContext:
            {
                if (la == P.SEMI)
                {
                    // After ';' gc wants a declaration; elsewhere it skips to the next one.
                    int next = tokens.LA(2);
                    if (next == TokenConstants.EOF || StartsDeclaration(next) && next != P.IMPORT) return false;
                    SkipNonDeclaration(parser, strategy, tokens, ctx, 2);
                    return false;
                }
                strategy.ReportAt(parser, tokens.LT(1));
                Skip(parser, strategy, StartsDeclaration);
                if (tokens.LA(1) != TokenConstants.EOF) tokens.InsertBeforeCurrent(P.SEMI, "newline");
                return true;
            }

            // Where an operand must start and none does, gc reports it and skips to a closing
            // token, without taking anything after as the operand (ANTLR would delete a token).
            case P.ExpressionContext or P.PrimaryExprContext or P.HExpressionContext or P.HPrimaryExprContext
                when ctx.ChildCount == 0 && parser.Atn.NextTokens(parser.Interpreter.atn.states[parser.State]) is var next
                    && !next.Contains(la) && !next.Contains(TokenConstants.EPSILON):
            {
                strategy.ReportAt(parser, tokens.LT(1), $"unexpected {GcTokens.Describe(tokens.LT(1))}, expecting expression");
                bool inFunc = InFunctionBody(ctx);
                Skip(parser, strategy, t => t is P.RPAREN or P.RBRACK or P.RBRACE || (inFunc && StartsStatement(t)));
                throw strategy.Abandon(parser);
            }

            case P.ArgumentsContext or P.ParametersContext or P.LiteralValueContext
                or P.StructTypeContext or P.InterfaceTypeContext
                or P.ImportDeclContext or P.ConstDeclContext or P.VarDeclContext or P.TypeDeclContext
                when last is ParserRuleContext && ListTokens(ctx) is var (sep, close) && sep != 0:
            {
                if (la == sep || la == close || (la == P.ELLIPSIS && ctx is P.ArgumentsContext)) return false;
                // A '.' not followed by a name or '(' is the element's own error (a selector).
                if (la == P.DOT) return false;
                strategy.ReportAt(parser, tokens.LT(1));
                bool inFunc = InFunctionBody(ctx);
                Skip(parser, strategy, t => t is P.RPAREN or P.RBRACK or P.RBRACE || (inFunc && StartsStatement(t)));
                if (tokens.LA(1) == close) return true;
                throw strategy.Abandon(parser);
            }
        }
        return false;
    }

    // A list's separator and closing token; (0, 0) for a declaration that is not a group.
    private static (int Sep, int Close) ListTokens(GoParseContext ctx) => ctx switch
    {
        P.ArgumentsContext or P.ParametersContext => (P.COMMA, P.RPAREN),
        P.LiteralValueContext => (P.COMMA, P.RBRACE),
        P.StructTypeContext or P.InterfaceTypeContext => Opened(ctx, P.LBRACE) ? (P.SEMI, P.RBRACE) : (0, 0),
        _ => Opened(ctx, P.LPAREN) ? (P.SEMI, P.RPAREN) : (0, 0),
    };

    private static bool Opened(GoParseContext ctx, int open) =>
        ctx.GetToken(open, 0) is { } t && t is not IErrorNode && t.Symbol.TokenIndex >= 0;

    private static bool InFunctionBody(RuleContext? c)
    {
        for (; c != null; c = c.Parent)
            if (c is P.BlockContext) return true;
        return false;
    }

    // gc's advance: skips tokens (as error nodes of the current rule) up to one in the follow
    // set, never past EOF.
    private static void Skip(Parser parser, GcErrorStrategy strategy, Func<int, bool> follow)
    {
        strategy.Begin(parser);
        while (parser.InputStream.LA(1) is var t && t != TokenConstants.EOF && !follow(t))
            parser.Consume();
    }
}
