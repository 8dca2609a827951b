using Antlr4.Runtime;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// ANTLR's token stream, its list of tokens sized for the file at once: Go source has a token
/// every 5.5 bytes on average (the Go source tree), so a quarter of the length rarely grows,
/// where the default (100, doubling) copied the list ~log2(n/100) times, 5% of all allocation.
/// Error recovery (GcErrorStrategy) may insert tokens gc's parser behaves as if it had read.
/// </summary>
internal sealed class GoTokenStream : CommonTokenStream
{
    public GoTokenStream(ITokenSource lexer, int sourceLength) : base(lexer)
    {
        if (tokens is List<IToken> list) list.Capacity = Math.Max(sourceLength / 4, 100);
    }

    /// <summary>
    /// Inserts a token of <paramref name="type"/> before the current one, at its position, and
    /// makes it current: gc's recovery goes on as if it had been there (a ';' before the
    /// statement after skipped tokens). Only used after a syntax error.
    /// </summary>
    public void InsertBeforeCurrent(int type, string text)
    {
        var next = LT(1);
        var t = new CommonToken(type, text)
        {
            Line = next.Line,
            Column = next.Column,
            StartIndex = next.StartIndex,
            StopIndex = next.StartIndex - 1,
            Channel = TokenConstants.DefaultChannel,
        };
        int at = p;
        tokens.Insert(at, t);
        for (int i = at; i < tokens.Count; i++)
            if (tokens[i] is IWritableToken w) w.TokenIndex = i;
    }

    /// <summary>Removes the tokens [start, end) ahead of the parser (gc's parser skipped them).</summary>
    public void Remove(int start, int end)
    {
        int at = Math.Max(start, p);
        if (end <= at) return;
        for (int i = end - 1; i >= at; i--) tokens.RemoveAt(i);
        for (int i = at; i < tokens.Count; i++)
            if (tokens[i] is IWritableToken w) w.TokenIndex = i;
    }
}
