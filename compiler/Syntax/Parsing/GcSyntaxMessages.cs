using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// Turns an ANTLR syntax error into gc's message. ANTLR knows the rule it was in, the token it
/// could not use and the tokens it expected; gc's recursive-descent parser words each failure
/// after the production it was in ("unexpected x in argument list; possibly missing comma or )",
/// "unexpected y at end of statement", "non-declaration statement outside function body"...).
/// The rules below find the innermost construct that explains the error and word it as gc does.
/// The result is the message without the "syntax error: " prefix.
/// </summary>
internal static class GcSyntaxMessages
{
    public static string Compose(Parser parser, IToken tok, IntervalSet? expected)
    {
        var tokens = (ITokenStream)parser.InputStream;
        var prev = tok.TokenIndex > 0 ? tokens.Get(tok.TokenIndex - 1) : null;
        string found = GcTokens.Describe(tok);
        string Unexpected(string rest) => $"unexpected {found}{rest}";
        var innermost = parser.Context;

        // Errors gc words the same wherever they happen.
        if (prev?.Type == P.ELLIPSIS && Has<P.ParametersContext>(innermost))
            return "... is missing type";
        if (tok.Type is P.RBRACK or P.COMMA && prev?.Type == P.IDENTIFIER && Has<P.TypeParametersContext>(innermost))
            return "missing type constraint";
        if (tok.Type == P.DEFINE && DeclaresConstOrVar(innermost))
            return Unexpected(", expecting =");
        // After `func`: a function declaration wants its name or receiver, a function type its '('.
        if (prev?.Type == P.FUNC && tok.Type != P.LPAREN)
            return FindFunctionDecl(innermost) is { } fd && fd.Start.TokenIndex == prev.TokenIndex
                ? Unexpected(", expecting name or (")
                : Unexpected(", expecting (");
        // gc's type parameter lists need a constraint after the names.
        if (tok.Type == P.RBRACK && prev?.Type is P.IDENTIFIER or P.COMMA
            && (Has<P.TypeParametersContext>(innermost) || innermost is P.TypeSpecContext))
            return "missing type constraint";
        // At the end of the file gc's lists and blocks stop and want their closing token.
        if (tok.Type == TokenConstants.EOF && Closer(innermost, prev) is { } closer)
            return Unexpected(", expecting " + closer);

        for (RuleContext? c = innermost; c != null; c = c.Parent)
        {
            var ctx = c as ParserRuleContext;
            bool atStart = ctx?.Start != null && ctx.Start.TokenIndex >= tok.TokenIndex;
            switch (c)
            {
                case P.SourceFileContext sf:
                    return TopLevel(sf, tok, prev, found);

                case P.PackageClauseContext:
                    return atStart ? "package statement must be first" : Unexpected(", expecting name");

                case P.ImportSpecContext:
                    return "missing import path";

                case P.ImportDeclContext or P.ConstDeclContext or P.VarDeclContext or P.TypeDeclContext
                    when ctx!.GetToken(P.LPAREN, 0) != null:
                    return ListMessage(prev, P.LPAREN, P.SEMI, "grouped declaration", "semicolon or newline", ")", ", expecting name", found);
                case P.ImportDeclContext:
                    return "missing import path";
                case P.VarSpecContext v when v.type_() == null && v.ASSIGN() == null && v.identifierList() is { } names
                    && names.Stop?.TokenIndex == prev?.TokenIndex:
                    return Unexpected(", expecting type");
                case P.ConstDeclContext or P.VarDeclContext or P.TypeDeclContext:
                    return Unexpected(", expecting name");
                case P.TypeSpecContext:
                    if (prev?.Type == P.RBRACK) return Unexpected(", expecting type");
                    return Unexpected(" in type declaration");

                case P.FunctionDeclContext f:
                    if (f.IDENTIFIER() == null) return Unexpected(", expecting name or (");
                    if (prev?.Type is P.IDENTIFIER or P.RBRACK) return Unexpected(", expecting (");
                    break;
                case P.FuncLitOperandContext or P.HFuncLitOperandContext or P.FuncTypeExpressionContext or P.FuncTypeContext when prev?.Type == P.FUNC:
                    return Unexpected(", expecting (");

                case P.TypeParametersContext:
                    if (prev?.Type == P.LBRACK && tok.Type == P.RBRACK) return "empty type parameter list";
                    return ListMessage(prev, P.LBRACK, P.COMMA, "parameter list", "comma", "]", ", expecting ]", found);

                case P.ParametersContext:
                    if (atStart) return Unexpected(", expecting (");
                    return ListMessage(prev, P.LPAREN, P.COMMA, "parameter list", "comma", ")", ", expecting )", found);

                case P.ArgumentsContext:
                    return ListMessage(prev, P.LPAREN, P.COMMA, "argument list", "comma", ")", ", expecting expression", found);

                case P.LiteralValueContext:
                    return ListMessage(prev, P.LBRACE, P.COMMA, "composite literal", "comma", "}", ", expecting expression", found);
                case P.KeyedElementContext when prev?.Type == P.COLON:
                    return Unexpected(", expecting expression");

                case P.StructTypeContext:
                    return ListMessage(prev, P.LBRACE, P.SEMI, "struct type", "semicolon or newline", "}", ", expecting field name or embedded type", found);
                case P.InterfaceTypeContext:
                    return ListMessage(prev, P.LBRACE, P.SEMI, "interface type", "semicolon or newline", "}", ", expecting ~ term or type", found);

                case P.ChanTypeContext when prev?.Type is P.CHAN or P.ARROW:
                    return "missing channel element type";
                case P.MapTypeContext m:
                    if (prev?.Type == P.MAP) return Unexpected(", expecting [");
                    if (m.RBRACK() == null && prev?.Type != P.LBRACK) return Unexpected(", expecting ]");
                    return Unexpected(", expecting type");
                case P.Type_Context or P.TypeLiteralContext when prev?.Type == P.ARROW:
                    return Unexpected(", expecting chan");
                case P.Type_Context or P.TypeLiteralContext when atStart || IsTypePrefix(prev):
                    return Unexpected(", expecting type");
                case P.ComplitTypeArgsContext when prev?.Type == P.LBRACK && tok.Type == P.RBRACK:
                    return Unexpected(", expecting operand");
                case P.TypeArgsContext or P.ComplitTypeArgsContext:
                    if (prev?.Type == P.LBRACK) return Unexpected(tok.Type == P.RBRACK ? ", expecting type" : ", expecting expression");
                    return Unexpected(", expecting ]");
                case P.TypeTermContext or P.TypeElemContext when atStart:
                    return Unexpected(", expecting ~ term or type");

                case P.IndexContext:
                    if (prev?.Type == P.LBRACK && tok.Type == P.RBRACK) return Unexpected(", expecting operand");
                    if (prev?.Type == P.LBRACK) return Unexpected(", expecting expression");
                    // After a comma gc reads types (an instantiation) and then wants the ']'.
                    if (prev?.Type == P.COMMA) return Unexpected(", expecting ]");
                    return Unexpected(", expecting comma, : or ]");
                case P.SliceTailContext:
                    return Unexpected(", expecting ]");

                // An operand (an alternative of primaryExpr) explains an error before the primary
                // expression it is part of would.
                case P.PrimaryExprContext or P.HPrimaryExprContext when IsOperand(c) && (atStart || NeedsOperand(prev)):
                    return Unexpected(", expecting expression");
                case P.ParenOperandContext or P.HParenOperandContext:
                    return Unexpected(", expecting )");
                case P.PrimaryExprContext or P.HPrimaryExprContext when prev?.Type == P.DOT:
                    return Unexpected(", expecting name or (");
                case P.PrimaryExprContext or P.HPrimaryExprContext when prev?.Type == P.LBRACK:
                    return Unexpected(tok.Type == P.RBRACK ? ", expecting operand" : ", expecting expression");
                case P.AssertExprContext or P.HAssertExprContext:
                    return Unexpected(", expecting )");

                case P.ExpressionContext or P.PrimaryExprContext
                    or P.ParenBodyContext or P.ElementContext or P.ExpressionListContext or P.ArrayLengthContext
                    or P.HExpressionContext or P.HPrimaryExprContext or P.HExpressionListContext or P.ComplitTypeContext
                    when atStart || NeedsOperand(prev):
                    return Unexpected(", expecting expression");
                case P.RecvChanTypeContext when prev?.Type == P.ARROW:
                    return Unexpected(", expecting chan");

                case P.SimpleStmtContext or P.HSimpleStmtContext or P.GoStatementContext or P.DeferStatementContext
                    when atStart || NeedsOperand(prev):
                    return Unexpected(", expecting expression");

                case P.LabeledStatementContext:
                    return "missing statement after label";

                case P.IfStmtContext ifs:
                    if (ifs.ELSE() != null) return "else must be followed by if or statement block";
                    return HeaderBlockMessage(ifs.header(), "if", found);
                case P.ForStatementContext fs:
                    return HeaderBlockMessage(fs.header(), "for", found);
                case P.SwitchStatementContext or P.SelectStatementContext:
                {
                    var lbrace = ctx!.GetToken(P.LBRACE, 0);
                    if (lbrace == null || lbrace.Symbol.TokenIndex < 0 || lbrace.Symbol.TokenIndex >= tok.TokenIndex)
                    {
                        if (c is P.SelectStatementContext) return "missing { after select clause";
                        // Without a ';' in the header, gc's header() itself wants the '{'.
                        var h = ((P.SwitchStatementContext)c).header();
                        if (h != null && h.ChildCount > 0 && h.GetToken(P.SEMI, 0) == null) return Unexpected(", expecting {");
                        return "missing { after switch clause";
                    }
                    return StatementEnd(prev, found, "case or default or }");
                }
                case P.CaseClauseContext or P.CommClauseContext:
                    if (NeedsOperand(prev)) return Unexpected(", expecting expression");
                    if (ctx!.GetToken(P.COLON, 0) == null) return Unexpected(", expecting :");
                    return StatementEnd(prev, found, "case or default or }");
                case P.HeaderContext:
                    return Unexpected(", expecting {");

                // A block that did not start: its statement (if, for, ...) explains why.
                case P.BlockContext when atStart:
                    if (c.Parent is P.IfStmtContext or P.ForStatementContext) break;
                    return Unexpected(", expecting {");
                case P.BlockContext:
                    return StatementEnd(prev, found, "}");
                case P.StatementListContext:
                    return StatementEnd(prev, found, "case or default or }");
            }
        }

        // Not explained by its context: name the single token expected, if there is one.
        if (expected != null && expected.Count == 1)
            return Unexpected(", expecting " + GcTokens.Expecting(expected.MinElement));
        return Unexpected("");
    }

    private static bool IsOperand(RuleContext c) => c is P.NameOperandContext or P.HNameOperandContext
        or P.LiteralOperandContext or P.HLiteralOperandContext or P.ParenOperandContext or P.HParenOperandContext
        or P.FuncLitOperandContext or P.HFuncLitOperandContext or P.BraceTypeOperandContext or P.HBraceTypeOperandContext;

    private static P.FunctionDeclContext? FindFunctionDecl(RuleContext? c)
    {
        for (; c != null; c = c.Parent)
            if (c is P.FunctionDeclContext f) return f;
        return null;
    }

    private static bool Has<T>(RuleContext? c) where T : RuleContext
    {
        for (; c != null; c = c.Parent)
            if (c is T) return true;
        return false;
    }

    // `const x := 1`, `var x int := 2`: gc's gotAssign wants '=' there. The parse may already
    // have left the spec (it ended before ':='), so look at what was just parsed too.
    private static bool DeclaresConstOrVar(RuleContext? c)
    {
        for (; c != null; c = c.Parent)
        {
            switch (c)
            {
                case P.ConstSpecContext or P.VarSpecContext or P.ConstDeclContext or P.VarDeclContext:
                    return true;
                case P.SourceFileContext sf:
                    return sf.topLevelDecl() is { Length: > 0 } decls && decls[^1].declaration() is { } d
                        && (d.constDecl() != null || d.varDecl() != null);
                case P.BlockContext or P.StatementListContext:
                {
                    var stmts = ((ParserRuleContext)c).GetRuleContexts<P.StatementContext>();
                    return stmts.Length > 0 && stmts[^1] is P.DeclStatementContext ds
                        && (ds.declaration()?.constDecl() != null || ds.declaration()?.varDecl() != null);
                }
            }
        }
        return false;
    }

    // Tokens after which gc's parser is reading an operand: where no expression starts, it says
    // "expecting expression".
    private static bool NeedsOperand(IToken? t) => t?.Type is P.ASSIGN or P.DEFINE or P.ASSIGN_OP or P.ARROW
        or P.OROR or P.ANDAND or P.EQL or P.NEQ or P.LSS or P.LEQ or P.GTR or P.GEQ or P.PLUS or P.MINUS
        or P.OR or P.XOR or P.STAR or P.DIV or P.MOD or P.AMP or P.ANDNOT or P.SHL or P.SHR or P.NOT or P.TILDE
        or P.CASE or P.GO or P.DEFER or P.RANGE or P.RETURN or P.IF or P.SWITCH or P.FOR;

    private static bool IsTypePrefix(IToken? t) => t?.Type is P.LBRACK or P.RBRACK or P.STAR or P.CHAN or P.ARROW or P.MAP or P.ELLIPSIS;

    // gc's list(): inside a list, after an element, anything but the separator or the closing
    // token is "unexpected X in <list>; possibly missing <sep> or <close>"; where an element
    // should start, the element's own complaint.
    private static string ListMessage(IToken? prev, int open, int sep, string what,
        string sepName, string close, string elementMessage, string found)
    {
        if (prev == null || prev.Type == open || prev.Type == sep) return $"unexpected {found}{elementMessage}";
        return $"unexpected {found} in {what}; possibly missing {sepName} or {close}";
    }

    // At a token that cannot follow a statement: after a statement it is "at end of statement";
    // where a statement would start, gc has ended the list and wants its closing token.
    private static string StatementEnd(IToken? prev, string found, string closing)
    {
        if (prev != null && prev.Type is not (P.SEMI or P.LBRACE or P.COLON))
            return $"unexpected {found} at end of statement";
        return $"unexpected {found}, expecting {closing}";
    }

    // gc's header() wants the '{' itself ("expecting {") after an init statement not followed by
    // ';'; in every other case the block does ("expecting { after if clause").
    private static string HeaderBlockMessage(P.HeaderContext? header, string keyword, string found)
    {
        bool range = header?.hSimpleStmt() is { Length: > 0 } ss
            && (ss[0] is P.RangeHeaderStmtContext || (ss[0] is P.ExprHeaderStmtContext es && es.RANGE() != null));
        bool plainInit = header != null && header.ChildCount > 0 && header.GetToken(P.SEMI, 0) == null;
        if (plainInit && !range) return $"unexpected {found}, expecting {{";
        return $"unexpected {found}, expecting {{ after {keyword} clause";
    }

    // The closing token of the innermost open list or block, as gc wants it at EOF; null when the
    // innermost construct has not opened yet (it then explains the error itself).
    private static string? Closer(RuleContext? c, IToken? prev)
    {
        static bool Opened(RuleContext c, int open) =>
            ((ParserRuleContext)c).GetToken(open, 0) is { } t && t.Symbol.TokenIndex >= 0;
        for (; c != null; c = c.Parent)
        {
            switch (c)
            {
                case P.BlockContext or P.LiteralValueContext or P.StructTypeContext or P.InterfaceTypeContext
                    or P.SwitchStatementContext or P.SelectStatementContext:
                    return Opened(c, P.LBRACE) ? "}" : null;
                case P.ArgumentsContext or P.ParametersContext:
                    return Opened(c, P.LPAREN) ? ")" : null;
                case P.ParenOperandContext or P.HParenOperandContext or P.ParenTypeContext:
                    return prev?.Type == P.LPAREN ? null : ")";
                case P.ImportDeclContext or P.ConstDeclContext or P.VarDeclContext or P.TypeDeclContext:
                    return Opened(c, P.LPAREN) ? ")" : null;
                case P.TypeParametersContext:
                    return Opened(c, P.LBRACK) ? "]" : null;
                case P.SourceFileContext:
                    return null;
            }
        }
        return null;
    }

    private static string TopLevel(P.SourceFileContext sf, IToken tok, IToken? prev, string found)
    {
        if (sf.packageClause()?.PACKAGE() == null || prev == null)
            return "package statement must be first";
        if (prev.Type == P.IDENTIFIER && sf.packageClause().Stop?.TokenIndex == prev.TokenIndex)
            return $"unexpected {found}, expecting semicolon or newline";
        if (prev.Type == P.SEMI)
        {
            if (tok.Type == P.LBRACE && LastDeclIsBodylessFunc(sf))
                return "unexpected semicolon or newline before {";
            return "non-declaration statement outside function body";
        }
        return $"unexpected {found} after top level declaration";
    }

    /// <summary>gc's complaint about a token after ';' at the top level that starts no declaration.</summary>
    public static string TopLevelAfterSemi(ParserRuleContext sourceFile, IToken tok) =>
        tok.Type == P.LBRACE && sourceFile is P.SourceFileContext sf && LastDeclIsBodylessFunc(sf)
            ? "unexpected semicolon or newline before {"
            : "non-declaration statement outside function body";

    private static bool LastDeclIsBodylessFunc(P.SourceFileContext sf)
    {
        var decls = sf.topLevelDecl();
        return decls.Length > 0 && decls[^1].functionDecl() is { } f && f.block() == null;
    }
}
