using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Ast;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Building;

internal sealed partial class AstBuilder
{
    // ----------------------------------------------------------------------------------------
    // Type declarations

    private TypeDecl TypeSpec(P.TypeSpecContext spec, Group? group, ImmutableArray<Pragma> prag)
    {
        var pos = Pos(spec);
        var name = NameOf(spec.GetToken(P.IDENTIFIER, 0), spec.Start);
        bool alias = spec.GetToken(P.ASSIGN, 0) != null;
        var typeCtx = spec.GetRuleContext<P.Type_Context>(0);
        var type = typeCtx != null ? Type(typeCtx) : Bad(After(spec));
        switch (spec)
        {
            case P.GenericTypeSpecContext g:
                return new TypeDecl(pos, group, prag, name, TypeParams(g.typeParameters()), alias, type);
            case P.PlainTypeSpecContext when !alias && type is ArrayType { Len: { } len } array
                && typeCtx?.Start.TokenIndex == spec.Start.TokenIndex + 1
                && tokens.Get(spec.Start.TokenIndex + 2).Type == P.IDENTIFIER:
            {
                // `type T[P *C] E` parsed as an array; gc makes it a generic type when the
                // length splits into a name and something that can only be a type (`P *[]int`,
                // `P *C | ~D`, `P(E)` with E a type literal).
                var (pname, ptype) = TypeParamSplit.ExtractName(len, force: false);
                if (pname != null && ptype != null)
                    return new TypeDecl(pos, group, prag, name, ImmutableArray.Create(new Field(pname.Pos, pname, ptype)), false, array.Elem);
                return new TypeDecl(pos, group, prag, name, ImmutableArray<Field>.Empty, false, type);
            }
            default:
                return new TypeDecl(pos, group, prag, name, ImmutableArray<Field>.Empty, alias, type);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Type parameters of functions: [P, Q C1, R C2]

    private ImmutableArray<Field> TypeParams(P.TypeParametersContext ctx)
    {
        var list = new List<Field>();
        foreach (var decl in ctx.typeParamDecl())
        {
            var constraint = decl.typeElem() is { } te ? TypeElem(te) : Bad(After(decl));
            foreach (var n in Names(decl.identifierList()))
                list.Add(new Field(n.Pos, n, constraint));
        }
        return list.ToImmutableArray();
    }

    private Expr TypeElem(P.TypeElemContext ctx)
    {
        Expr? x = null;
        var orPos = Pos(ctx.Start);
        foreach (var child in Children(ctx))
        {
            if (child is P.TypeTermContext term)
            {
                var t = TypeTerm(term);
                x = x == null ? t : new Operation(orPos, Operator.Or, x, t);
            }
            else if (Is(child, P.OR))
            {
                orPos = Pos((ITerminalNode)child);
            }
        }
        return x ?? Bad(ctx.Start);
    }

    private Expr TypeTerm(P.TypeTermContext ctx)
    {
        var t = ctx.type_() is { } ty ? Type(ty) : Bad(After(ctx));
        return ctx.TILDE() is { } tilde ? new Operation(Pos(tilde), Operator.Tilde, t, null) : t;
    }

    // ----------------------------------------------------------------------------------------
    // Types in type context

    private Expr Type(P.Type_Context ctx) => ctx switch
    {
        P.NamedTypeContext n => NamedType(n.typeName(), n.typeArgs()),
        // Parentheses around a type are dropped, as gc's typeOrNil does.
        P.ParenTypeContext p => p.type_() is { } inner ? Type(inner) : Bad(After(p)),
        P.PointerTypeContext p => new Operation(Pos(p.STAR()), Operator.Mul, p.type_() is { } e ? Type(e) : Bad(After(p)), null),
        P.FuncTypeContext f => Signature(f.signature(), f.signature() is { } s ? Pos(s) : Pos(After(f.FUNC().Symbol))),
        P.RecvChanTypeContext c => new ChanType(Pos(c.ARROW()), ChanDir.Recv, c.type_() is { } e ? Type(e) : Bad(After(c))),
        P.LiteralTypeContext l => TypeLiteral(l.typeLiteral()),
        _ => Bad(ctx.Start),
    };

    private Expr NamedType(P.TypeNameContext? name, P.TypeArgsContext? args)
    {
        if (name == null) return args != null ? Bad(args.Start) : Bad(tokens.Get(0));
        var ids = name.IDENTIFIER();
        Expr x = NameOf(ids.Length > 0 ? ids[0] : null, name.Start);
        if (name.DOT() is { } dot)
            x = new SelectorExpr(Pos(dot), x, NameOf(ids.Length > 1 ? ids[1] : null, After(dot.Symbol)));
        if (args != null) x = Instance(x, args);
        return x;
    }

    private IndexExpr Instance(Expr x, P.TypeArgsContext args)
    {
        var types = ImmutableArray.CreateBuilder<Expr>();
        foreach (var child in Children(args))
        {
            if (child is P.ExpressionContext e) types.Add(Expr(e));
            else if (child is P.Type_Context t) types.Add(Type(t));
        }
        Expr index = types.Count switch
        {
            0 => Bad(After(args.LBRACK().Symbol)),
            1 => types[0],
            _ => new ListExpr(types[0].Pos, types.ToImmutable()),
        };
        return new IndexExpr(Pos(args.LBRACK()), x, index);
    }

    /// <summary>
    /// Type literals, in type context and in expressions: a typeLiteral, elemTypeLiteral or
    /// braceTypeLiteral context.
    /// </summary>
    private Expr TypeLiteral(ParserRuleContext? ctx)
    {
        // typeLiteral is only a choice between the two kinds.
        if (ctx is P.TypeLiteralContext { ChildCount: 1 } choice) ctx = choice.GetChild(0) as ParserRuleContext;
        switch (ctx)
        {
            case P.ArrayOrSliceLiteralContext a:
            {
                var elem = a.type_() is { } e ? Type(e) : Bad(After(a));
                var lbrack = Pos(a.LBRACK());
                if (a.arrayLength() is not { } len) return new SliceType(lbrack, elem);
                Expr? length = len.ELLIPSIS() != null ? null : len.expression() is { } le ? Expr(le) : Bad(len.Start);
                return new ArrayType(lbrack, length, elem);
            }
            case P.StructTypeContext s:
                return StructTypeOf(s);
            case P.InterfaceTypeContext i:
                return InterfaceTypeOf(i);
            case P.MapTypeContext m:
            {
                var types = m.type_();
                return new MapType(Pos(m.MAP()),
                    types.Length > 0 ? Type(types[0]) : Bad(After(m)),
                    types.Length > 1 ? Type(types[1]) : Bad(After(m)));
            }
            case P.ChanTypeContext c:
                return new ChanType(Pos(c.CHAN()), c.ARROW() != null ? ChanDir.Send : ChanDir.Both,
                    c.type_() is { } e2 ? Type(e2) : Bad(After(c)));
            default:
                return Bad(ctx?.Start ?? tokens.Get(0));
        }
    }

    private StructType StructTypeOf(P.StructTypeContext ctx)
    {
        var fields = ImmutableArray.CreateBuilder<Field>();
        var tags = ImmutableArray.CreateBuilder<BasicLit?>();
        foreach (var fd in ctx.fieldDecl())
        {
            switch (fd)
            {
                case P.NamedFieldContext nf:
                {
                    var type = nf.type_() is { } t ? Type(t) : Bad(After(nf));
                    var tag = nf.LITERAL() is { } lit && lit is not IErrorNode ? Literal(lit.Symbol) : null;
                    foreach (var n in Names(nf.identifierList()))
                    {
                        fields.Add(new Field(n.Pos, n, type));
                        tags.Add(tag);
                    }
                    break;
                }
                case P.ParenEmbeddedFieldContext or P.StarParenEmbeddedFieldContext:
                {
                    // (T), (*T) and *(T): gc reports them and goes on as without parentheses.
                    var lparen = fd.GetToken(P.LPAREN, 0);
                    SyntaxError(Pos(lparen), "cannot parenthesize embedded type");
                    var type = NamedType(fd.GetRuleContext<P.TypeNameContext>(0), null);
                    var star = fd.GetToken(P.STAR, 0);
                    if (star != null) type = new Operation(Pos(star), Operator.Mul, type, null);
                    fields.Add(new Field(Pos(fd), null, type));
                    tags.Add(fd.GetToken(P.LITERAL, 0) is { } lit && lit is not IErrorNode ? Literal(lit.Symbol) : null);
                    break;
                }
                case P.EmbeddedFieldContext ef:
                {
                    var type = NamedType(ef.typeName(), ef.typeArgs());
                    if (ef.STAR() is { } star) type = new Operation(Pos(star), Operator.Mul, type, null);
                    fields.Add(new Field(Pos(ef), null, type));
                    tags.Add(ef.LITERAL() is { } lit && lit is not IErrorNode ? Literal(lit.Symbol) : null);
                    break;
                }
            }
        }
        return new StructType(Pos(ctx.STRUCT()), fields.ToImmutable(), tags.ToImmutable());
    }

    private InterfaceType InterfaceTypeOf(P.InterfaceTypeContext ctx)
    {
        var methods = ImmutableArray.CreateBuilder<Field>();
        foreach (var elem in ctx.interfaceElem())
        {
            switch (elem)
            {
                case P.MethodElemContext m:
                {
                    var name = NameOf(m.IDENTIFIER(), m.Start);
                    if (m.typeParameters() is { } tp) Error(Pos(tp), "interface method must have no type parameters");
                    methods.Add(new Field(name.Pos, name, Signature(m, m.parameters() is { } ps ? Pos(ps) : name.Pos)));
                    break;
                }
                case P.EmbeddedElemContext e:
                    methods.Add(new Field(Pos(e), null, e.typeElem() is { } te ? TypeElem(te) : Bad(e.Start)));
                    break;
            }
        }
        return new InterfaceType(Pos(ctx.INTERFACE()), methods.ToImmutable());
    }

    // ----------------------------------------------------------------------------------------
    // Signatures and parameter lists

    /// <summary>
    /// A signature: the `parameters result?` children of <paramref name="owner"/> (a signature rule,
    /// or a function declaration, literal or interface method, which spell them out).
    /// </summary>
    private FuncType Signature(ParserRuleContext? owner, SourcePos pos)
    {
        if (owner == null) return new FuncType(pos, ImmutableArray<Field>.Empty, ImmutableArray<Field>.Empty);
        var parameters = owner.GetRuleContext<P.ParametersContext>(0) is { } ps ? ParamList(ps, requireNames: false) : ImmutableArray<Field>.Empty;
        var results = ImmutableArray<Field>.Empty;
        if (owner.GetRuleContext<P.ResultContext>(0) is { } r)
        {
            if (r.parameters() is { } rps) results = ParamList(rps, requireNames: false);
            else if (r.type_() is { } rt) results = ImmutableArray.Create(new Field(Pos(rt), null, Type(rt)));
        }
        return new FuncType(pos, parameters, results);
    }

    /// <summary>
    /// A parenthesized parameter list. Each entry is parsed as [name] [...]type; a lone name may be
    /// a parameter name or a type, which gc decides over the whole list (see DistributeTypes).
    /// </summary>
    private ImmutableArray<Field> ParamList(P.ParametersContext ctx, bool requireNames)
    {
        var list = new List<Field>();
        foreach (var decl in ctx.parameterDecl())
        {
            switch (decl)
            {
                case P.NamedParameterContext np:
                {
                    var name = NameOf(np.IDENTIFIER(), np.Start);
                    var type = np.type_() is { } t ? Type(t) : Bad(After(np));
                    if (np.ELLIPSIS() is { } dots) type = new DotsType(Pos(dots), type);
                    list.Add(new Field(name.Pos, name, type));
                    break;
                }
                case P.UnnamedParameterContext up:
                {
                    var t = up.type_();
                    if (up.ELLIPSIS() is { } dots)
                    {
                        list.Add(new Field(Pos(up), null, new DotsType(Pos(dots), t != null ? Type(t) : Bad(After(up)))));
                    }
                    else if (t is P.NamedTypeContext nt && nt.typeArgs() == null && nt.typeName()?.DOT() == null
                             && nt.typeName()?.IDENTIFIER() is { Length: 1 } ids)
                    {
                        // A lone name: a name without type for now (gc's Field{Name: n}).
                        var n = NameOf(ids[0], up.Start);
                        list.Add(new Field(n.Pos, n, null!));
                    }
                    else
                    {
                        list.Add(new Field(Pos(up), null, t != null ? Type(t) : Bad(After(up))));
                    }
                    break;
                }
            }
        }
        var close = ctx.RPAREN() is { } rp && rp is not IErrorNode ? Pos(rp) : Pos(After(ctx));
        return DistributeTypes(list, requireNames, close);
    }

    /// <summary>
    /// gc's paramList epilogue. Entries are (name, type), (null, type) or (name, null). If no entry
    /// has both a name and a type (and names are not required), the lone names are types. Otherwise
    /// every entry needs a name and a type: lone names take the type of the next typed entry
    /// (sharing the object), and what is still missing is reported, positioned as gc does.
    /// </summary>
    private ImmutableArray<Field> DistributeTypes(List<Field> list, bool requireNames, SourcePos close)
    {
        if (list.Count == 0) return ImmutableArray<Field>.Empty;
        int named = 0, typed = 0;
        foreach (var f in list)
        {
            if (f.Name != null && f.Type != null) named++;
            if (f.Type != null) typed++;
        }

        if (named == 0 && !requireNames)
        {
            for (int i = 0; i < list.Count; i++)
                if (list[i].Type == null) list[i] = new Field(list[i].Pos, null, list[i].Name!);
        }
        else if (named != list.Count)
        {
            SourcePos? errPos = null;
            Expr? type = null;
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var f = list[i];
                if (f.Type != null)
                {
                    type = f.Type;
                    if (f.Name == null)
                    {
                        errPos = AstPositions.StartPos(type);
                        list[i] = f with { Name = new Name(errPos.Value, "_") };
                    }
                }
                else if (type != null)
                {
                    list[i] = f with { Type = type };
                }
                else
                {
                    errPos = f.Name!.Pos;
                    list[i] = f with { Type = new BadExpr(f.Name.Pos) };
                }
            }
            if (errPos is { } p)
            {
                string msg;
                if (requireNames)
                {
                    if (named == typed)
                    {
                        p = close;
                        msg = "missing type constraint";
                    }
                    else
                    {
                        msg = "type parameters must be named";
                    }
                }
                else
                {
                    msg = "mixed named and unnamed parameters";
                }
                SyntaxError(p, msg);
            }
        }
        return list.ToImmutableArray();
    }
}
