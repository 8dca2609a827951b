using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// A <c>//go:</c> compiler directive, e.g. <c>go:noinline</c> or <c>go:linkname local remote</c>.
/// Text is the comment without the leading <c>//</c> (and without a trailing CR); Pos is the
/// position of "go:" (gc's). OwnLine is false when code precedes the comment on its line, which
/// gc reports as "misplaced compiler directive".
/// </summary>
public sealed record Pragma(SourcePos Pos, string Text, bool OwnLine)
{
    /// <summary>The directive's name, e.g. "go:noinline" (the text up to the first blank).</summary>
    public string Verb => Text.IndexOfAny([' ', '\t']) is var i and >= 0 ? Text[..i] : Text;

    /// <summary>The blank-separated words after the verb.</summary>
    public IReadOnlyList<string> Args =>
        Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
}
