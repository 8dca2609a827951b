using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// The base of every generated parse-tree node (the grammar's contextSuperClass). ANTLR's
/// ParserRuleContext keeps its children in a List (two objects, 88 bytes for up to four
/// children) and looks children up with enumerators that allocate. Parsing the Go source tree
/// makes tens of millions of these nodes, and collecting them was about half of the parser's
/// time, so this node keeps its first two children in fields (most nodes have one or two:
/// expression chains), the rest in an array, and answers the generated accessors (GetToken,
/// GetRuleContext, ...) without allocating. ANTLR's <c>children</c> list stays null: read
/// children through ChildCount/GetChild or <see cref="Children"/>.
/// (Making tokens their own tree leaves, to drop ANTLR's TerminalNodeImpl, was measured too: it
/// allocated less but ran slower, tokens pointing back into the tree making each GC dearer.)
/// </summary>
public class GoParseContext : ParserRuleContext
{
    private IParseTree? child0, child1;
    private IParseTree[]? more;     // children 2.. (grown by doubling)
    private int count;

    public GoParseContext()
    {
    }

    public GoParseContext(ParserRuleContext parent, int invokingStateNumber)
        : base(parent, invokingStateNumber)
    {
    }

    public override int ChildCount => count;

    public override IParseTree GetChild(int i) => (uint)i < (uint)count ? At(i) : null!;

    private IParseTree At(int i) => i switch
    {
        0 => child0!,
        1 => child1!,
        _ => more![i - 2],
    };

    /// <summary>The children, in order, without allocating.</summary>
    public ChildList Children => new(this);

    private void Append(IParseTree child)
    {
        switch (count)
        {
            case 0: child0 = child; break;
            case 1: child1 = child; break;
            default:
                int j = count - 2;
                if (more == null) more = new IParseTree[2];
                else if (j == more.Length) Array.Resize(ref more, more.Length * 2);
                more[j] = child;
                break;
        }
        count++;
    }

    public override void AddChild(ITerminalNode t) => Append(t);

    public override void AddChild(RuleContext ruleInvocation) => Append(ruleInvocation);

    public override ITerminalNode AddChild(IToken matchedToken)
    {
        var node = new TerminalNodeImpl(matchedToken) { Parent = this };
        Append(node);
        return node;
    }

    public override IErrorNode AddErrorNode(IToken badToken)
    {
        var node = new ErrorNodeImpl(badToken) { Parent = this };
        Append(node);
        return node;
    }

    public override void RemoveLastChild()
    {
        if (count == 0) return;
        count--;
        switch (count)
        {
            case 0: child0 = null; break;
            case 1: child1 = null; break;
            default: more![count - 2] = null!; break;
        }
    }

    /// <summary>As ANTLR's: takes over the error nodes of the generic context an alternative label replaces.</summary>
    public override void CopyFrom(ParserRuleContext ctx)
    {
        Parent = ctx.Parent;
        invokingState = ctx.invokingState;
        Start = ctx.Start;
        Stop = ctx.Stop;
        if (ctx is GoParseContext from)
        {
            for (int i = 0; i < from.count; i++)
            {
                if (from.At(i) is ErrorNodeImpl error)
                {
                    Append(error);
                    error.Parent = this;
                }
            }
        }
    }

    public override T GetChild<T>(int i)
    {
        if ((uint)i >= (uint)count) return default!;
        int j = -1;
        for (int k = 0; k < count; k++)
        {
            if (At(k) is T t && ++j == i) return t;
        }
        return default!;
    }

    public override T GetRuleContext<T>(int i) => GetChild<T>(i);

    public override ITerminalNode GetToken(int ttype, int i)
    {
        if ((uint)i >= (uint)count) return null!;
        int j = -1;
        for (int k = 0; k < count; k++)
        {
            if (At(k) is ITerminalNode node && node.Symbol.Type == ttype && ++j == i) return node;
        }
        return null!;
    }

    public override ITerminalNode[] GetTokens(int ttype)
    {
        int n = 0;
        for (int k = 0; k < count; k++)
            if (At(k) is ITerminalNode node && node.Symbol.Type == ttype) n++;
        if (n == 0) return [];
        var result = new ITerminalNode[n];
        n = 0;
        for (int k = 0; k < count; k++)
            if (At(k) is ITerminalNode node && node.Symbol.Type == ttype) result[n++] = node;
        return result;
    }

    public override T[] GetRuleContexts<T>()
    {
        int n = 0;
        for (int k = 0; k < count; k++)
            if (At(k) is T) n++;
        if (n == 0) return [];
        var result = new T[n];
        n = 0;
        for (int k = 0; k < count; k++)
            if (At(k) is T t) result[n++] = t;
        return result;
    }

    /// <summary>A node's children as a foreach-able value.</summary>
    public readonly struct ChildList(GoParseContext? node)
    {
        public int Count => node?.count ?? 0;
        public Enumerator GetEnumerator() => new(node);

        public struct Enumerator(GoParseContext? node)
        {
            private readonly int count = node?.count ?? 0;
            private int index = -1;
            public readonly IParseTree Current => node!.At(index);
            public bool MoveNext() => ++index < count;
        }
    }
}
