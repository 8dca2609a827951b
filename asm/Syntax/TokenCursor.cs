using Gosharp.Asm.Lexing;

namespace Gosharp.Asm.Syntax;

/// <summary>Reads a statement's or operand's tokens left to right.</summary>
internal sealed class TokenCursor(ArraySegment<Token> tokens)
{
    private int pos;

    /// <summary>Starts over on other tokens.</summary>
    public void Reset(ArraySegment<Token> other)
    {
        tokens = other;
        pos = 0;
    }

    public int Position { get => pos; set => pos = value; }
    public bool AtEnd => pos >= tokens.Count;
    public int Remaining => tokens.Count - pos;
    public Token Peek(int ahead = 0) => pos + ahead < tokens.Count ? tokens[pos + ahead] : default;
    public bool PeekIs(char c, int ahead = 0) => pos + ahead < tokens.Count && tokens[pos + ahead].Is(c);
    public bool PeekIs(TokenKind k, int ahead = 0) => pos + ahead < tokens.Count && tokens[pos + ahead].Kind == k;

    public Token Next()
    {
        if (pos >= tokens.Count) throw new AsmSyntaxException("unexpected end of operand");
        return tokens[pos++];
    }

    public void Expect(char c)
    {
        if (AtEnd) throw new AsmSyntaxException($"expected '{c}', found end of operand");
        var t = Next();
        if (!t.Is(c)) throw new AsmSyntaxException($"expected '{c}', found {t.Text}");
    }

    public bool Accept(char c)
    {
        if (!PeekIs(c)) return false;
        pos++;
        return true;
    }

    public void ExpectEnd()
    {
        if (!AtEnd) throw new AsmSyntaxException($"unexpected {Peek().Text} at end of operand");
    }
}
