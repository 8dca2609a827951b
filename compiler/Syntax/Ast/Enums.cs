namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>The kind of a BasicLit (gc's LitKind; an imaginary literal may have an int or float mantissa).</summary>
public enum LitKind { Int, Float, Imag, Rune, String }

/// <summary>A channel type's direction: <c>chan T</c>, <c>chan&lt;- T</c>, <c>&lt;-chan T</c>.</summary>
public enum ChanDir { Both, Send, Recv }

/// <summary>The keyword of a BranchStmt.</summary>
public enum BranchToken { Break, Continue, Goto, Fallthrough }

/// <summary>The keyword of a CallStmt.</summary>
public enum CallToken { Go, Defer }

public static class TokenText
{
    public static string Text(this BranchToken t) => t switch
    {
        BranchToken.Break => "break",
        BranchToken.Continue => "continue",
        BranchToken.Goto => "goto",
        _ => "fallthrough",
    };

    public static string Text(this CallToken t) => t == CallToken.Go ? "go" : "defer";
}
