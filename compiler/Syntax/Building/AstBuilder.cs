using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Ast;
using Gosharp.Compiler.Syntax.Lexing;
using Gosharp.Compiler.Syntax.Parsing;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Building;

/// <summary>
/// Builds the AST from the ANTLR parse tree, with gc's node shapes and positions, and reports
/// the syntax errors gc's parser finds after (rather than while) reading a construct: mixed named
/// and unnamed parameters, a bad if/for/switch header, a missing slice index, and so on. The
/// tree of a file with syntax errors may have missing pieces: they become BadExpr (or the
/// construct is dropped).
/// </summary>
internal sealed partial class AstBuilder
{
    private readonly LineDirectives lines;   // every position goes through the file's line directives
    private readonly ITokenStream tokens;
    private readonly HashSet<int> badLiterals;
    private readonly PragmaCursor pragmas;
    private readonly List<(Diagnostic Diagnostic, SourcePos DetectedAt)> errors;
    // Where gc's parser would notice the errors reported now: the end of the statement or
    // declaration being built (the order of detection decides which error of a line gc keeps).
    private SourcePos detectAt;
    private readonly bool parseFailed;
    private int quiet;      // > 0 while building something whose parse failed: its tree is an artifact of the recovery
    private int groups;

    /// <param name="parseFailed">
    /// The parser reported syntax errors (and recovered): the builder then reports nothing about
    /// the statements and declarations that contain them, whose trees are artifacts of the recovery.
    /// </param>
    public AstBuilder(LineDirectives lines, ITokenStream tokens, IReadOnlyList<LexedDirective> directives,
        HashSet<int> badLiterals, List<(Diagnostic, SourcePos)> errors, bool parseFailed)
    {
        this.parseFailed = parseFailed;
        this.lines = lines;
        this.tokens = tokens;
        this.badLiterals = badLiterals;
        this.errors = errors;
        pragmas = new PragmaCursor(directives);
    }

    // ----------------------------------------------------------------------------------------
    // Positions, tokens and errors

    private SourcePos Pos(IToken t) => lines.Map(t.Line, t.Column + 1);
    private SourcePos Pos(ITerminalNode n) => Pos(n.Symbol);
    private SourcePos Pos(ParserRuleContext c) => Pos(c.Start);

    /// <summary>A parse-tree node's children (none for null).</summary>
    private static GoParseContext.ChildList Children(ParserRuleContext? ctx) => new((GoParseContext?)ctx);

    private static bool Is(IParseTree? t, int type) =>
        t is ITerminalNode n && n is not IErrorNode && n.Symbol.Type == type;

    /// <summary>The token after a construct (what gc's parser is looking at when it finishes it).</summary>
    private IToken After(ParserRuleContext c)
    {
        int i = c.Stop?.TokenIndex ?? c.Start.TokenIndex - 1;
        return tokens.Get(Math.Min(i + 1, tokens.Size - 1));
    }

    private IToken After(IToken t) => tokens.Get(Math.Min(t.TokenIndex + 1, tokens.Size - 1));

    private int Offset(IToken t) => t.StartIndex;

    private void Error(SourcePos pos, string message)
    {
        if (quiet == 0) errors.Add((new Diagnostic(pos, message), detectAt));
    }

    /// <summary>Enters a construct; returns whether to call Leave (when its parse failed).</summary>
    private bool Enter(ParserRuleContext? ctx)
    {
        if (!parseFailed || ctx == null || !HasParseError(ctx)) return false;
        quiet++;
        return true;
    }

    private void Leave(bool entered)
    {
        if (entered) quiet--;
    }

    private static bool HasParseError(ParserRuleContext root)
    {
        var stack = new Stack<IParseTree>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IErrorNode:
                    return true;
                case ParserRuleContext c:
                    if (c.exception != null) return true;
                    for (int i = 0; i < c.ChildCount; i++) stack.Push(c.GetChild(i));
                    break;
            }
        }
        return false;
    }

    private void SyntaxError(SourcePos pos, string message) => Error(pos, "syntax error: " + message);

    /// <summary>gc's "syntax error: unexpected TOKEN, MESSAGE" at a token.</summary>
    private void Unexpected(IToken t, string message) =>
        SyntaxError(Pos(t), $"unexpected {GcTokens.Describe(t)}{message}");

    private BadExpr Bad(IToken at) => new(Pos(at));

    private Name NameOf(ITerminalNode? id, IToken fallback) =>
        id != null && id is not IErrorNode ? new Name(Pos(id), id.GetText()) : new Name(Pos(fallback), "_");

    // ----------------------------------------------------------------------------------------
    // Files

    public Ast.File BuildFile(P.SourceFileContext ctx)
    {
        var pkg = ctx.packageClause();
        var pkgPos = pkg != null ? Pos(pkg) : Pos(ctx.Start);
        var pkgIdent = pkg?.IDENTIFIER();
        var filePragmas = pkgIdent != null && pkgIdent is not IErrorNode
            ? pragmas.Take(Offset(pkgIdent.Symbol))
            : ImmutableArray<Pragma>.Empty;
        var pkgName = NameOf(pkgIdent, pkg?.Start ?? ctx.Start);

        var decls = ImmutableArray.CreateBuilder<Decl>();
        foreach (var child in Children(ctx))
        {
            switch (child)
            {
                case P.ImportDeclContext imp:
                {
                    detectAt = Pos(After(imp));
                    bool q = Enter(imp);
                    ImportDecl(imp, decls);
                    Leave(q);
                    pragmas.Clear(Offset(After(imp)));
                    break;
                }
                case P.TopLevelDeclContext top:
                {
                    detectAt = Pos(After(top));
                    // A function's body is checked statement by statement (see StmtList).
                    bool q = top.functionDecl() == null && Enter(top);
                    if (top.declaration() is { } d) Declaration(d, decls);
                    else if (top.functionDecl() is { } f) decls.Add(FuncDecl(f));
                    Leave(q);
                    pragmas.Clear(Offset(After(top)));
                    break;
                }
            }
        }

        var eof = ctx.Eof() is { } e && e is not IErrorNode ? Pos(e) : Pos(tokens.Get(tokens.Size - 1));
        return new Ast.File(pkgPos, filePragmas, pkgName, decls.ToImmutable(), eof, pragmas.Linknames, pragmas.Unused())
        {
            FileName = lines.FileName,
        };
    }

    // ----------------------------------------------------------------------------------------
    // Declarations

    private void Declaration(P.DeclarationContext ctx, ImmutableArray<Decl>.Builder into)
    {
        if (ctx.constDecl() is { } c) ConstDecl(c, into);
        else if (ctx.typeDecl() is { } t) TypeDecl(t, into);
        else if (ctx.varDecl() is { } v) VarDecl(v, into);
    }

    /// <summary>The group of a parenthesized declaration (null without parentheses), dropping the pending directives at its '(' as gc does.</summary>
    private Group? OpenGroup(ITerminalNode? lparen)
    {
        if (lparen == null || lparen is IErrorNode) return null;
        pragmas.Clear(Offset(lparen.Symbol));
        return new Group(groups++);
    }

    private void ImportDecl(P.ImportDeclContext ctx, ImmutableArray<Decl>.Builder into)
    {
        var group = OpenGroup(ctx.LPAREN());
        foreach (var spec in ctx.importSpec())
        {
            var prag = pragmas.Take(Offset(spec.Start));
            Name? local = null;
            if (spec.DOT() is { } dot) local = new Name(Pos(dot), ".");
            else if (spec.IDENTIFIER() is { } id) local = new Name(Pos(id), id.GetText());
            var lit = spec.LITERAL();
            BasicLit path;
            if (lit == null || lit is IErrorNode)
            {
                path = new BasicLit(Pos(spec.Start), "", LitKind.String, true);
            }
            else
            {
                path = Literal(lit.Symbol);
                if (!path.Bad && path.Kind != LitKind.String)
                {
                    // gc complains after consuming the literal, at the next token.
                    SyntaxError(Pos(After(lit.Symbol)), "import path must be a string");
                    path = path with { Bad = true };
                }
            }
            into.Add(new ImportDecl(Pos(spec), group, prag, local, path));
        }
    }

    private void ConstDecl(P.ConstDeclContext ctx, ImmutableArray<Decl>.Builder into)
    {
        var group = OpenGroup(ctx.LPAREN());
        int iota = 0;
        foreach (var spec in ctx.constSpec())
        {
            var prag = pragmas.Take(Offset(spec.Start));
            var names = Names(spec.identifierList());
            var type = spec.type_() is { } t ? Type(t) : null;
            var values = spec.expressionList() is { } el ? ExprList(el) : ImmutableArray<Expr>.Empty;
            into.Add(new ConstDecl(Pos(spec), group, prag, names, type, values, group != null ? iota++ : 0));
        }
    }

    private void VarDecl(P.VarDeclContext ctx, ImmutableArray<Decl>.Builder into)
    {
        var group = OpenGroup(ctx.LPAREN());
        foreach (var spec in ctx.varSpec())
        {
            var prag = pragmas.Take(Offset(spec.Start));
            var names = Names(spec.identifierList());
            var type = spec.type_() is { } t ? Type(t) : null;
            var values = spec.expressionList() is { } el ? ExprList(el) : ImmutableArray<Expr>.Empty;
            into.Add(new VarDecl(Pos(spec), group, prag, names, type, values));
        }
    }

    private void TypeDecl(P.TypeDeclContext ctx, ImmutableArray<Decl>.Builder into)
    {
        var group = OpenGroup(ctx.LPAREN());
        foreach (var spec in ctx.typeSpec())
        {
            var prag = pragmas.Take(Offset(spec.Start));
            into.Add(TypeSpec(spec, group, prag));
        }
    }

    private ImmutableArray<Name> Names(P.IdentifierListContext? ctx)
    {
        if (ctx == null) return ImmutableArray<Name>.Empty;
        var b = ImmutableArray.CreateBuilder<Name>();
        foreach (var id in ctx.IDENTIFIER())
            if (id is not IErrorNode) b.Add(new Name(Pos(id), id.GetText()));
        return b.ToImmutable();
    }

    private FuncDecl FuncDecl(P.FunctionDeclContext ctx)
    {
        // Errors about the signature only if it parsed; the body is checked statement by statement.
        bool headerFailed = parseFailed && ((ctx.exception != null && ctx.block() == null)
            || new ParserRuleContext?[] { ctx.receiver(), ctx.typeParameters(), ctx.parameters(), ctx.result() }
                .Any(c => c != null && HasParseError(c)));
        if (headerFailed) quiet++;
        var func = ctx.FUNC();
        var prag = pragmas.Take(Offset(After(func.Symbol)));
        Field? recv = null;
        if (ctx.receiver()?.parameters() is { } rp)
        {
            var list = ParamList(rp, requireNames: false);
            var nameTok = After(rp);
            if (list.Length == 0) Error(Pos(nameTok), "method has no receiver");
            else if (list.Length > 1) Error(Pos(nameTok), "method has multiple receivers");
            if (list.Length > 0) recv = list[0];
        }
        var name = NameOf(ctx.IDENTIFIER(), After(func.Symbol));
        var tparams = ImmutableArray<Field>.Empty;
        SourcePos typePos;
        if (ctx.typeParameters() is { } tp)
        {
            typePos = Pos(tp);
            if (recv != null) SyntaxError(typePos, "method must have no type parameters");
            tparams = TypeParams(tp);
        }
        else
        {
            typePos = ctx.parameters() is { } ps ? Pos(ps) : name.Pos;
        }
        var type = Signature(ctx, typePos);
        if (headerFailed) quiet--;
        var body = ctx.block() is { } b ? Block(b) : null;
        // gc positions a function declaration at the token after `func`.
        return new FuncDecl(Pos(After(func.Symbol)), prag, recv, name, tparams, type, body);
    }
}
