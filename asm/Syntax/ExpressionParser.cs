using Gosharp.Asm.Lexing;

namespace Gosharp.Asm.Syntax;

/// <summary>
/// Integer constant expressions: 64-bit wrapping arithmetic with Go's operators and precedence
/// (<c>* / % &lt;&lt; &gt;&gt; &amp;</c> bind tighter than <c>+ - | ^</c>), unary <c>+ - ~</c>, parentheses,
/// integer and rune literals, and names a caller may resolve (TEXT flags such as NOSPLIT).
/// </summary>
internal static class ExpressionParser
{
    /// <summary>Deeper nesting than any real program, shallow enough never to exhaust the stack.</summary>
    private const int MaxDepth = 200;

    [ThreadStatic] private static int depth;

    public static ulong Parse(TokenCursor c, Func<string, ulong?>? names = null) => Binary(c, 1, names);

    private static void Enter()
    {
        if (++depth > MaxDepth)
        {
            depth = 0;
            throw new AsmSyntaxException("expression nested too deeply");
        }
    }

    private static int Precedence(Token t) => t.Kind switch
    {
        TokenKind.ShiftLeft or TokenKind.ShiftRight => 5,
        TokenKind.Punct => t.Text[0] switch
        {
            '*' or '/' or '%' or '&' => 5,
            '+' or '-' or '|' or '^' => 4,
            _ => 0,
        },
        _ => 0,
    };

    private static ulong Binary(TokenCursor c, int minPrec, Func<string, ulong?>? names)
    {
        var left = Unary(c, names);
        while (!c.AtEnd)
        {
            var op = c.Peek();
            int prec = Precedence(op);
            if (prec < minPrec || prec == 0) break;
            c.Next();
            var right = Binary(c, prec + 1, names);
            left = Apply(op, left, right);
        }
        return left;
    }

    private static ulong Apply(Token op, ulong a, ulong b)
    {
        if (op.Kind == TokenKind.ShiftLeft) return b >= 64 ? 0 : a << (int)b;
        if (op.Kind == TokenKind.ShiftRight)
        {
            if ((long)a < 0) throw new AsmSyntaxException("right shift of value with high bit set");
            return b >= 64 ? 0 : a >> (int)b;
        }
        switch (op.Text[0])
        {
            case '*': return unchecked(a * b);
            case '/':
                if (b == 0) throw new AsmSyntaxException("division by zero");
                if ((long)a < 0) throw new AsmSyntaxException("divide of value with high bit set");
                return a / b;
            case '%':
                if (b == 0) throw new AsmSyntaxException("modulo by zero");
                if ((long)a < 0) throw new AsmSyntaxException("modulo of value with high bit set");
                return a % b;
            case '&': return a & b;
            case '+': return unchecked(a + b);
            case '-': return unchecked(a - b);
            case '|': return a | b;
            default: return a ^ b;
        }
    }

    private static ulong Unary(TokenCursor c, Func<string, ulong?>? names)
    {
        Enter();
        try { return UnaryInner(c, names); }
        finally { if (depth > 0) depth--; }
    }

    private static ulong UnaryInner(TokenCursor c, Func<string, ulong?>? names)
    {
        if (c.AtEnd) throw new AsmSyntaxException("missing expression");
        var t = c.Next();
        switch (t.Kind)
        {
            case TokenKind.Int:
                if (!GoLiteral.TryParseInt(t.Text, out var v)) throw new AsmSyntaxException("bad integer constant " + t.Text);
                return v;
            case TokenKind.Char:
                if (!GoLiteral.TryParseChar(t.Text, out var r, out var err)) throw new AsmSyntaxException(err ?? "bad rune literal");
                return (ulong)r;
            case TokenKind.Ident when names?.Invoke(t.Text) is { } nv:
                return nv;
            case TokenKind.Punct:
                switch (t.Text[0])
                {
                    case '+': return Unary(c, names);
                    case '-': return unchecked(0 - Unary(c, names));
                    case '~': return ~Unary(c, names);
                    case '(':
                        var inner = Binary(c, 1, names);
                        if (!c.Accept(')')) throw new AsmSyntaxException("missing closing paren");
                        return inner;
                }
                break;
        }
        throw new AsmSyntaxException($"unexpected {t.Text} evaluating expression");
    }

    /// <summary>float = Float | '+' float | '-' float | '(' float ')'; integers are accepted too.</summary>
    public static double ParseFloat(TokenCursor c)
    {
        Enter();
        try { return ParseFloatInner(c); }
        finally { if (depth > 0) depth--; }
    }

    private static double ParseFloatInner(TokenCursor c)
    {
        var t = c.Next();
        if (t.Is('(')) { var v = ParseFloat(c); c.Expect(')'); return v; }
        if (t.Is('+')) return ParseFloat(c);
        if (t.Is('-')) return -ParseFloat(c);
        if (t.Kind is TokenKind.Float or TokenKind.Int && GoLiteral.TryParseFloat(t.Text, out var f)) return f;
        throw new AsmSyntaxException($"unexpected {t.Text} evaluating float expression");
    }
}
