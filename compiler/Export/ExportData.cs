using System.Text;
using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Export;

/// <summary>
/// Export data (the __.PKGDEF member of a package archive): what importers need to know about a
/// package's exported API. A line-based text format, deterministic (objects sorted by name):
/// <code>
/// gosharp export v1
/// package NAME PATH
/// import PATH
/// const NAME TYPE VALUE
/// var NAME TYPE
/// func NAME ABI TYPE
/// type NAME UNDERLYING
/// method TYPENAME NAME RECV TYPE
/// </code>
/// Types are written as Go type text with named types qualified by package path (path.Name).
/// </summary>
public static class ExportData
{
    public const string Header = "gosharp export v1";

    public static byte[] Write(PackageInfo pkg)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        sb.Append($"package {pkg.Name} {pkg.Path}\n");
        foreach (var imp in pkg.Imports.Select(i => i.Path).Order(StringComparer.Ordinal)) sb.Append($"import {imp}\n");
        foreach (var o in pkg.Scope.Objects.Where(o => o.Exported || pkg.Path == "runtime").OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            switch (o)
            {
                case ConstObj c: sb.Append($"const {c.Name} {T(c.Type)} {c.Value}\n"); break;
                case VarObj v: sb.Append($"var {v.Name} {T(v.Type)}\n"); break;
                case FuncObj f: sb.Append($"func {f.Name} {(f.Abi == FuncAbi.Stack ? "ABI0" : "ABIInternal")} {T(f.Type)}\n"); break;
                case TypeNameObj t:
                    sb.Append($"type {t.Name} {(t.IsAlias ? "= " : "")}{T(t.Type.Underlying)}\n");
                    if (t.Type is NamedType n)
                        foreach (var m in n.Methods.OrderBy(m => m.Name, StringComparer.Ordinal))
                            sb.Append($"method {t.Name} {m.Name} {T(m.Signature.Recv!.Type)} {T(m.Type)}\n");
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Type text qualified by package path.</summary>
    private static string T(GoType t) => TypeString.Write(t, p => p.Path);
}
