using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Lexing;

public enum TokenKind : byte
{
    EndOfFile,
    Newline,
    Ident,
    Int,
    Float,
    /// <summary>A double-quoted or back-quoted Go string literal; <see cref="Token.Text"/> keeps the quotes.</summary>
    String,
    /// <summary>A Go rune literal such as <c>'a'</c>; the text keeps the quotes.</summary>
    Char,
    /// <summary>A one-character operator or punctuation mark; the text is that character.</summary>
    Punct,
    ShiftLeft,    // <<
    ShiftRight,   // >>
    Arrow,        // -> (arithmetic shift right)
    Rotate,       // @> (rotate right)
}

/// <summary>
/// One lexical token. <see cref="SpaceBefore"/> tells <c>#define F(x)</c> (a macro with a parameter)
/// from <c>#define F (x)</c> (an object-like macro whose body starts with a parenthesis).
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, SourcePos Pos, bool SpaceBefore = false)
{
    public bool Is(char punct) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == punct;
    public bool IsIdent(string name) => Kind == TokenKind.Ident && Text == name;
    public bool IsEnd => Kind is TokenKind.Newline or TokenKind.EndOfFile || Is(';');

    public Token At(SourcePos pos) => this with { Pos = pos };

    public override string ToString() => Kind switch
    {
        TokenKind.EndOfFile => "EOF",
        TokenKind.Newline => "newline",
        _ => Text,
    };
}
