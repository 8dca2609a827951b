using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
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

        for (RuleContext? c = parser.Context; c != null; c = c.Parent)
        {
            var ctx = c as ParserRuleContext;
            bool atStart = ctx?.Start != null && ctx.Start.TokenIndex >= tok.TokenIndex;
            switch (c)
            {
                case P.SourceFileContext sf:
                    return TopLevel(sf, tok, prev, found);

                case P.PackageClauseContext:
                    return Unexpected(", expecting name");

                case P.ImportSpecContext:
                    return "missing import path";

                case P.ImportDeclContext d when d.LPAREN() != null:
                    return ListMessage(tok, prev, P.LPAREN, P.SEMI, "grouped declaration", "semicolon or newline", ")", ", expecting name", found);
                case P.ConstDeclContext d when d.LPAREN() != null:
                    if (tok.Type == P.DEFINE) return Unexpected(", expecting =");
                    return ListMessage(tok, prev, P.LPAREN, P.SEMI, "grouped declaration", "semicolon or newline", ")", ", expecting name", found);
                case P.VarDeclContext d when d.LPAREN() != null:
                    return ListMessage(tok, prev, P.LPAREN, P.SEMI, "grouped declaration", "semicolon or newline", ")", ", expecting name", found);
                case P.TypeDeclContext d when d.LPAREN() != null:
                    return ListMessage(tok, prev, P.LPAREN, P.SEMI, "grouped declaration", "semicolon or newline", ")", ", expecting name", found);
                case P.ConstDeclContext or P.VarDeclContext or P.TypeDeclContext:
                    if (tok.Type == P.DEFINE) return Unexpected(", expecting =");
                    return Unexpected(", expecting name");
                case P.ConstSpecContext when tok.Type == P.DEFINE:
                    return Unexpected(", expecting =");

                case P.FunctionDeclContext f:
                    if (f.IDENTIFIER() == null) return Unexpected(", expecting name or (");
                    if (prev?.Type == P.IDENTIFIER || prev?.Type == P.RBRACK) return Unexpected(", expecting (");
                    break;

                case P.FuncOperandContext or P.FuncTypeContext when prev?.Type == P.FUNC:
                    return Unexpected(", expecting (");

                case P.TypeParametersContext tp:
                    if (tok.Type == P.RBRACK || (tok.Type == P.COMMA && prev?.Type == P.IDENTIFIER)) return "missing type constraint";
                    if (prev?.Type == P.LBRACK && tok.Type == P.RBRACK) return "empty type parameter list";
                    return ListMessage(tok, prev, P.LBRACK, P.COMMA, "parameter list", "comma", "]", ", expecting ]", found);

                case P.TypeParamDeclContext when tok.Type is P.RBRACK or P.COMMA:
                    return "missing type constraint";

                case P.ParametersContext:
                    if (prev?.Type == P.ELLIPSIS) return "... is missing type";
                    return ListMessage(tok, prev, P.LPAREN, P.COMMA, "parameter list", "comma", ")", ", expecting )", found);
                case P.NamedParameterContext or P.UnnamedParameterContext when prev?.Type == P.ELLIPSIS:
                    return "... is missing type";

                case P.ArgumentsContext:
                    return ListMessage(tok, prev, P.LPAREN, P.COMMA, "argument list", "comma", ")", ", expecting expression", found);

                case P.LiteralValueContext:
                    return ListMessage(tok, prev, P.LBRACE, P.COMMA, "composite literal", "comma", "}", ", expecting expression", found);
                case P.KeyedElementContext when prev?.Type == P.COLON:
                    return Unexpected(", expecting expression");

                case P.StructTypeContext:
                    return ListMessage(tok, prev, P.LBRACE, P.SEMI, "struct type", "semicolon or newline", "}", ", expecting field name or embedded type", found);
                case P.InterfaceTypeContext:
                    return ListMessage(tok, prev, P.LBRACE, P.SEMI, "interface type", "semicolon or newline", "}", ", expecting ~ term or type", found);

                case P.ChanTypeContext when prev?.Type is P.CHAN or P.ARROW:
                    return "missing channel element type";
                case P.MapTypeContext m:
                    if (prev?.Type == P.MAP) return Unexpected(", expecting [");
                    if (m.RBRACK() == null && prev?.Type != P.LBRACK) return Unexpected(", expecting ]");
                    return Unexpected(", expecting type");
                case P.Type_Context or P.TypeLiteralContext or P.TypeArgsContext when atStart || IsTypePrefix(prev):
                    return Unexpected(", expecting type");
                case P.TypeTermContext or P.TypeElemContext when atStart:
                    return Unexpected(", expecting ~ term or type");

                case P.IndexContext:
                    if (prev?.Type == P.LBRACK && tok.Type == P.RBRACK) return Unexpected(", expecting operand");
                    if (prev?.Type is P.LBRACK or P.COMMA) return Unexpected(", expecting expression");
                    return Unexpected(", expecting comma, : or ]");
                case P.SliceTailContext:
                    return Unexpected(", expecting ]");

                case P.PrimaryExprContext or P.HPrimaryExprContext when prev?.Type == P.DOT:
                    return Unexpected(", expecting name or (");
                case P.AssertExprContext:
                    return Unexpected(", expecting )");

                case P.ExpressionContext or P.UnaryExprContext or P.PrimaryExprContext or P.OperandContext
                    or P.ParenBodyContext or P.ElementContext or P.ExpressionListContext or P.ArrayLengthContext
                    or P.HExpressionContext or P.HUnaryExprContext or P.HPrimaryExprContext or P.HExpressionListContext
                    when atStart:
                    return Unexpected(", expecting expression");
                case P.ParenOperandContext:
                    return Unexpected(", expecting )");

                case P.SimpleStmtContext or P.HSimpleStmtContext when atStart:
                    return Unexpected(", expecting expression");

                case P.LabeledStatementContext:
                    return "missing statement after label";

                case P.IfStmtContext ifs:
                    if (ifs.ELSE() != null) return "else must be followed by if or statement block";
                    if (ifs.thenBlock == null || ifs.thenBlock.Start.TokenIndex >= tok.TokenIndex)
                        return HeaderBlockMessage(ifs.header(), "if", found);
                    break;
                case P.ForStatementContext fs:
                    return HeaderBlockMessage(fs.header(), "for", found);
                case P.SwitchStatementContext sw:
                    if (sw.LBRACE() == null || sw.LBRACE().Symbol.TokenIndex < 0 || sw.LBRACE().Symbol.TokenIndex >= tok.TokenIndex)
                        return "missing { after switch clause";
                    return Unexpected(", expecting case or default or }");
                case P.SelectStatementContext sel:
                    if (sel.LBRACE() == null || sel.LBRACE().Symbol.TokenIndex < 0 || sel.LBRACE().Symbol.TokenIndex >= tok.TokenIndex)
                        return "missing { after select clause";
                    return Unexpected(", expecting case or default or }");
                case P.CaseClauseContext or P.CommClauseContext:
                    if (((ParserRuleContext)c).GetToken(P.COLON, 0) == null) return Unexpected(", expecting :");
                    return StatementEnd(tok, prev, found, "case or default or }");
                case P.HeaderContext:
                    return Unexpected(", expecting {");

                case P.BlockContext:
                    return StatementEnd(tok, prev, found, "}");
                case P.StatementListContext:
                    return StatementEnd(tok, prev, found, c.Parent is P.BlockContext ? "}" : "case or default or }");

                case P.TypeSpecContext:
                    if (prev?.Type == P.RBRACK) return Unexpected(", expecting type");
                    return Unexpected(" in type declaration");
            }
        }

        // Not explained by its context: name the single token expected, if there is one.
        if (expected != null && expected.Count == 1)
            return Unexpected(", expecting " + GcTokens.Expecting(expected.MinElement));
        return Unexpected("");
    }

    private static bool IsTypePrefix(IToken? t) => t?.Type is P.LBRACK or P.RBRACK or P.STAR or P.CHAN or P.ARROW or P.MAP or P.ELLIPSIS;

    // gc's list(): inside a list, after an element, anything but the separator or the closing
    // token is "unexpected X in <list>; possibly missing <sep> or <close>"; where an element
    // should start, the element's own complaint.
    private static string ListMessage(IToken tok, IToken? prev, int open, int sep, string what,
        string sepName, string close, string elementMessage, string found)
    {
        if (prev == null || prev.Type == open || prev.Type == sep) return $"unexpected {found}{elementMessage}";
        return $"unexpected {found} in {what}; possibly missing {sepName} or {close}";
    }

    // At a token that cannot follow a statement: after a statement it is "at end of statement";
    // where a statement would start, gc has ended the list and wants its closing token.
    private static string StatementEnd(IToken tok, IToken? prev, string found, string closing)
    {
        if (prev != null && prev.Type is not (P.SEMI or P.LBRACE or P.COLON))
            return $"unexpected {found} at end of statement";
        return $"unexpected {found}, expecting {closing}";
    }

    private static string HeaderBlockMessage(P.HeaderContext? header, string keyword, string found)
    {
        // After a range clause gc's header returns at once and the block wants its '{'.
        bool range = header?.hSimpleStmt() is { Length: > 0 } ss
            && (ss[0] is P.RangeHeaderStmtContext || (ss[0] is P.ExprHeaderStmtContext es && es.RANGE() != null));
        if (range || header == null || header.ChildCount == 0) return $"unexpected {found}, expecting {{ after {keyword} clause";
        return $"unexpected {found}, expecting {{";
    }

    private static string TopLevel(P.SourceFileContext sf, IToken tok, IToken? prev, string found)
    {
        if (sf.packageClause() == null || sf.packageClause().PACKAGE() == null)
            return "package statement must be first";
        if (prev == null) return "package statement must be first";
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

    private static bool LastDeclIsBodylessFunc(P.SourceFileContext sf)
    {
        var decls = sf.topLevelDecl();
        return decls.Length > 0 && decls[^1].functionDecl() is { } f && f.block() == null;
    }
}
