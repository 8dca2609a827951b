namespace Gosharp.Asm.Syntax;

/// <summary>
/// A symbol as the object file names it (<c>runtime.write</c>, <c>go:string."hi"</c>). Static
/// (<c>name&lt;&gt;</c>) symbols are local to the file; the object calls them <c>name&lt;&gt;</c>.
/// </summary>
public readonly record struct SymRef(string Name, bool IsStatic = false)
{
    public string ObjectName => IsStatic ? Name + "<>" : Name;
    public override string ToString() => ObjectName;

    /// <summary>
    /// The symbol an assembly identifier names: <c>·</c> is <c>.</c>, <c>∕</c> is <c>/</c>, and a
    /// leading <c>·</c> belongs to the package being assembled.
    /// </summary>
    public static string FromIdentifier(string ident, string packagePath)
    {
        if (ident.AsSpan().IndexOfAny('\u00B7', '\u2215') < 0) return ident;
        var s = ident.Replace('\u00B7', '.').Replace('\u2215', '/');
        return s[0] == '.' ? packagePath + s : s;
    }
}
