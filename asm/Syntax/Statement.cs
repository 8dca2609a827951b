using Gosharp.Asm.Lexing;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Syntax;

/// <summary>
/// One statement as read from the token stream, before its operands are parsed:
/// <c>loop: MOVD.W R1, 8(RSP)</c> has label "loop", word "MOVD", suffix "W" and two operands.
/// A statement that is only labels has an empty <see cref="Word"/>. The reader fills the same object
/// for every statement, and the operands are slices of its token buffer: all of it is valid until
/// the next statement is read.
/// </summary>
internal sealed class Statement
{
    public SourcePos Pos { get; set; }
    public List<(string Name, SourcePos Pos)> Labels { get; } = [];
    public string Word { get; set; } = "";
    public string Suffix { get; set; } = "";
    private ArraySegment<Token>[] operands = new ArraySegment<Token>[4];
    private int operandCount;

    public ReadOnlySpan<ArraySegment<Token>> Operands => operands.AsSpan(0, operandCount);

    public void ClearOperands() => operandCount = 0;

    public void AddOperand(ArraySegment<Token> tokens)
    {
        if (operandCount == operands.Length) Array.Resize(ref operands, operands.Length * 2);
        operands[operandCount++] = tokens;
    }
}

/// <summary>Splits the token stream into statements, reusing one token buffer (assembly files run to millions of tokens).</summary>
internal sealed class StatementReader(Preprocessor pp, DiagnosticBag diags)
{
    private Token[] buf = new Token[64];
    private int count;

    /// <summary>Reads the next non-empty statement; null at the end of input.</summary>
    public Statement? Read()
    {
        while (true)
        {
            count = 0;
            Token t;
            for (t = pp.Next(); !t.IsEnd; t = pp.Next())
            {
                if (count == buf.Length) Array.Resize(ref buf, buf.Length * 2);
                buf[count++] = t;
            }
            if (count > 0)
            {
                var s = Split();
                if (s != null) return s;
            }
            if (t.Kind == TokenKind.EndOfFile) return null;
        }
    }

    private readonly Statement st = new();

    private Statement? Split()
    {
        var toks = buf;
        int i = 0;
        st.Labels.Clear();
        st.ClearOperands();
        st.Suffix = "";
        while (i + 1 < count && toks[i].Kind == TokenKind.Ident && toks[i + 1].Is(':'))
        {
            st.Labels.Add((toks[i].Text, toks[i].Pos));
            i += 2;
        }
        if (i == count)
        {
            st.Pos = toks[0].Pos;
            st.Word = "";
            return st;
        }
        var word = toks[i];
        if (word.Kind != TokenKind.Ident)
        {
            diags.Add(word.Pos, "unexpected " + word.Text + " at start of statement");
            return null;
        }
        st.Pos = word.Pos;
        st.Word = word.Text;
        i++;
        while (i + 1 < count && toks[i].Is('.') && toks[i + 1].Kind == TokenKind.Ident && !toks[i].SpaceBefore)
        {
            st.Suffix = st.Suffix.Length == 0 ? toks[i + 1].Text : st.Suffix + "." + toks[i + 1].Text;
            i += 2;
        }
        if (i < count)
        {
            int start = i, depth = 0;
            for (; i < count; i++)
            {
                var t = toks[i];
                if (t.Is('(') || t.Is('[')) depth++;
                else if ((t.Is(')') || t.Is(']')) && depth > 0) depth--;
                else if (t.Is(',') && depth == 0)
                {
                    st.AddOperand(new ArraySegment<Token>(toks, start, i - start));
                    start = i + 1;
                }
            }
            st.AddOperand(new ArraySegment<Token>(toks, start, count - start));
        }
        return st;
    }
}
