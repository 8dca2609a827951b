using System.Text;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Syntax.Tests.Support;

/// <summary>gosharp's side of the oracle comparison, in GcDump's format.</summary>
public static class Dumps
{
    /// <summary>The AstPrinter dump of a parsed file, or "ERROR first-diagnostic" if it has errors.</summary>
    public static string Of(SyntaxResult r) =>
        r.HasErrors ? $"ERROR {r.Diagnostics[0]}\n" : AstPrinter.Print(r.File);

    public static string OfFile(string workDir, string relativePath) =>
        Of(GoParser.ParseFile(relativePath, System.IO.File.ReadAllBytes(Path.Combine(workDir, relativePath))));

    /// <summary>The first line where two dumps differ, with context, for a readable failure.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el == al) continue;
            var sb = new StringBuilder();
            for (int k = Math.Max(0, i - 3); k < i; k++) sb.Append("    ").Append(e[k]).Append('\n');
            sb.Append("gc: ").Append(el).Append('\n').Append("us: ").Append(al);
            return sb.ToString();
        }
        return "";
    }
}
