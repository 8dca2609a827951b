using Gosharp.Asm.Lexing;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Syntax;

/// <summary>
/// One statement as read from the token stream, before its operands are parsed:
/// <c>loop: MOVD.W R1, 8(RSP)</c> has label "loop", word "MOVD", suffix "W" and two operands.
/// A statement that is only labels has an empty <see cref="Word"/>.
/// </summary>
internal sealed record Statement(SourcePos Pos, IReadOnlyList<(string Name, SourcePos Pos)> Labels, string Word, string Suffix,
    IReadOnlyList<IReadOnlyList<Token>> Operands);

internal static class StatementReader
{
    /// <summary>Reads the next non-empty statement; null at the end of input.</summary>
    public static Statement? Read(Preprocessor pp, DiagnosticBag diags)
    {
        var toks = new List<Token>();
        while (true)
        {
            toks.Clear();
            Token t;
            for (t = pp.Next(); !t.IsEnd; t = pp.Next()) toks.Add(t);
            if (toks.Count > 0)
            {
                var s = Split(toks, diags);
                if (s != null) return s;
            }
            if (t.Kind == TokenKind.EndOfFile) return null;
        }
    }

    private static Statement? Split(List<Token> toks, DiagnosticBag diags)
    {
        int i = 0;
        var labels = new List<(string, SourcePos)>();
        while (i + 1 < toks.Count && toks[i].Kind == TokenKind.Ident && toks[i + 1].Is(':'))
        {
            labels.Add((toks[i].Text, toks[i].Pos));
            i += 2;
        }
        if (i == toks.Count) return new Statement(toks[0].Pos, labels, "", "", []);
        var word = toks[i];
        if (word.Kind != TokenKind.Ident)
        {
            diags.Add(word.Pos, "unexpected " + word.Text + " at start of statement");
            return null;
        }
        i++;
        var suffix = "";
        while (i + 1 < toks.Count && toks[i].Is('.') && toks[i + 1].Kind == TokenKind.Ident && !toks[i].SpaceBefore)
        {
            suffix = suffix.Length == 0 ? toks[i + 1].Text : suffix + "." + toks[i + 1].Text;
            i += 2;
        }
        var operands = new List<IReadOnlyList<Token>>();
        if (i < toks.Count)
        {
            var cur = new List<Token>();
            int depth = 0;
            for (; i < toks.Count; i++)
            {
                var t = toks[i];
                if (t.Is('(') || t.Is('[')) depth++;
                else if ((t.Is(')') || t.Is(']')) && depth > 0) depth--;
                else if (t.Is(',') && depth == 0)
                {
                    operands.Add(cur);
                    cur = [];
                    continue;
                }
                cur.Add(t);
            }
            operands.Add(cur);
        }
        return new Statement(word.Pos, labels, word.Text, suffix, operands);
    }
}
