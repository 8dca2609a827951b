using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>
/// An ANTLR character stream whose characters are the bytes of a UTF-8 source file. Lexing bytes
/// makes every column ANTLR computes a byte column, as gc reports them, and keeps the lexer's DFA
/// small; text is decoded from UTF-8 only when a token's text is asked for.
/// </summary>
public sealed class ByteCharStream : ICharStream
{
    private readonly byte[] data;
    private int index;

    public ByteCharStream(byte[] data, string sourceName)
    {
        this.data = data;
        SourceName = sourceName;
    }

    public int Index => index;
    public int Size => data.Length;
    public string SourceName { get; }

    public void Consume()
    {
        if (index >= data.Length) throw new InvalidOperationException("cannot consume EOF");
        index++;
    }

    public int LA(int i)
    {
        if (i > 0)
        {
            int p = index + i - 1;
            return p < data.Length ? data[p] : IntStreamConstants.EOF;
        }
        if (i < 0)
        {
            int p = index + i;
            return p >= 0 ? data[p] : IntStreamConstants.EOF;
        }
        return 0;
    }

    public int Mark() => -1;
    public void Release(int marker) { }
    public void Seek(int index) => this.index = Math.Min(index, data.Length);

    public string GetText(Interval interval)
    {
        int start = Math.Max(interval.a, 0);
        int stop = Math.Min(interval.b, data.Length - 1);
        return stop < start ? "" : Encoding.UTF8.GetString(data, start, stop - start + 1);
    }

    /// <summary>The raw bytes of [start, stop] (inclusive), for checks that work on bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int start, int stop) =>
        stop < start ? ReadOnlySpan<byte>.Empty : data.AsSpan(start, stop - start + 1);

    public override string ToString() => SourceName;
}
