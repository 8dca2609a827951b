using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>A `require path version` line of go.mod.</summary>
public sealed record ModuleRequirement(string Path, string Version);

/// <summary>
/// A `replace old [version] => new [version]` line. A new side starting with ./, ../ or / is a folder
/// (<see cref="LocalDir"/>, absolute); anything else is another module version, which gosharp cannot fetch.
/// </summary>
public sealed record ModuleReplacement(string OldPath, string? OldVersion, string NewPath, string? NewVersion, string? LocalDir);

/// <summary>
/// A go.mod file, read the way the go command reads it: the module path, the go version, requirements
/// and replacements (exclude and retract are accepted and ignored). Malformed lines are the go
/// command's "errors parsing go.mod" errors.
/// </summary>
public sealed record GoModFile(string FilePath, string ModulePath, string? GoVersion,
    IReadOnlyList<ModuleRequirement> Requires, IReadOnlyList<ModuleReplacement> Replaces)
{
    public string Dir => Path.GetDirectoryName(FilePath)!;

    public static GoModFile Parse(string filePath)
    {
        var errors = new List<string>();
        string? module = null, go = null;
        var requires = new List<ModuleRequirement>();
        var replaces = new List<ModuleReplacement>();
        var dir = Path.GetDirectoryName(filePath)!;
        string? block = null;
        var lines = File.ReadAllText(filePath).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            void Error(string msg) => errors.Add($"{filePath}:{lineNo}: {msg}");
            var words = Tokenize(lines[i], out var badQuote);
            if (badQuote) { Error("unterminated quoted string"); continue; }
            if (words.Count == 0) continue;
            if (block != null)
            {
                if (words is [")"]) { block = null; continue; }
                Directive(block, words, Error);
                continue;
            }
            if (words.Count == 2 && words[1] == "(" && words[0] is "require" or "replace" or "exclude" or "retract")
            {
                block = words[0];
                continue;
            }
            Directive(words[0], words.Skip(1).ToList(), Error);
        }
        if (block != null) errors.Add($"{filePath}:{lines.Length}: unexpected EOF");
        if (errors.Count > 0) throw new UserError("go: errors parsing go.mod:\n" + string.Join('\n', errors));
        if (module == null)
            throw new UserError("go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod");
        return new GoModFile(filePath, module, go, requires, replaces);

        void Directive(string verb, List<string> args, Action<string> error)
        {
            switch (verb)
            {
                case "module":
                    if (args.Count != 1) { error("usage: module module/path"); return; }
                    if (module != null) { error("repeated module statement"); return; }
                    module = args[0];
                    break;
                case "go":
                    if (args.Count != 1) { error("usage: go 1.23"); return; }
                    if (!System.Text.RegularExpressions.Regex.IsMatch(args[0], @"^[1-9][0-9]*\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?$"))
                    { error($"invalid go version '{args[0]}': must match format 1.23"); return; }
                    go = args[0];
                    break;
                case "require":
                    if (args.Count != 2) { error("usage: require module/path v1.2.3"); return; }
                    requires.Add(new ModuleRequirement(args[0], args[1]));
                    break;
                case "replace":
                    var arrow = args.IndexOf("=>");
                    if (arrow is < 1 or > 2 || args.Count - arrow - 1 is < 1 or > 2)
                    { error("usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"); return; }
                    var newPath = args[arrow + 1];
                    var newVersion = args.Count - arrow - 1 == 2 ? args[arrow + 2] : null;
                    var local = newPath.StartsWith("./") || newPath.StartsWith("../") || newPath.StartsWith('/') || newPath is "." or "..";
                    if (local && newVersion != null) { error($"replacement module directory path \"{newPath}\" cannot have version"); return; }
                    if (!local && newVersion == null) { error($"replacement module without version must be directory path (rooted or starting with ./ or ../)"); return; }
                    replaces.Add(new ModuleReplacement(args[0], arrow == 2 ? args[1] : null, newPath, newVersion,
                        local ? Path.GetFullPath(newPath, dir) : null));
                    break;
                case "exclude" or "retract" or "toolchain" or "godebug":
                    break;
                default:
                    error($"unknown directive: {verb}");
                    break;
            }
        }
    }

    /// <summary>The words of a line: `//` starts a comment, "..." and `...` are quoted words.</summary>
    private static List<string> Tokenize(string line, out bool badQuote)
    {
        var words = new List<string>();
        badQuote = false;
        int i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && i + 1 < line.Length && line[i + 1] == '/') break;
            if (c is '(' or ')') { words.Add(c.ToString()); i++; continue; }
            if (c is '"' or '`')
            {
                var end = line.IndexOf(c, i + 1);
                if (end < 0) { badQuote = true; return words; }
                words.Add(line[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            int b = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]) && line[i] is not '(' and not ')' &&
                   !(line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/'))
                i++;
            words.Add(line[b..i]);
        }
        return words;
    }

    /// <summary>The go.mod in <paramref name="dir"/> or the nearest folder above it, or null.</summary>
    public static string? FindAbove(string dir)
    {
        for (var d = new DirectoryInfo(dir); d != null; d = d.Parent)
        {
            var f = Path.Combine(d.FullName, "go.mod");
            if (File.Exists(f)) return f;
        }
        return null;
    }
}
