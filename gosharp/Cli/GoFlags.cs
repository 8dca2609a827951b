using System.CommandLine;
using System.CommandLine.Parsing;

namespace Gosharp.Cli.Cli;

/// <summary>
/// go-style single-dash flags on top of System.CommandLine: <c>-o file</c>, <c>-o=file</c>, repeated
/// <c>-I dir</c>, boolean <c>-x</c>; an unknown flag is an error, as with Go's flag package.
/// </summary>
public static class GoFlags
{
    public static Option<string?> String(string name, string description, string helpName = "value")
        => new("-" + name, "--" + name) { Description = description, HelpName = helpName };

    public static Option<bool> Bool(string name, string description)
        => new("-" + name, "--" + name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public static Option<string[]> List(string name, string description, string helpName = "value")
        => new("-" + name, "--" + name)
        {
            Description = description, HelpName = helpName,
            AllowMultipleArgumentsPerToken = false, DefaultValueFactory = _ => [],
        };

    /// <summary>
    /// Positional file arguments. System.CommandLine would take an unknown <c>-foo</c> as a file name;
    /// this rejects it the way Go's flag package does.
    /// </summary>
    public static Argument<string[]> Files(string name, ArgumentArity arity)
    {
        var a = new Argument<string[]>(name) { Arity = arity };
        a.Validators.Add(RejectFlags);
        return a;
    }

    /// <summary>One positional file argument (an unknown flag in its place is rejected, as above).</summary>
    public static Argument<string> File(string name)
    {
        var a = new Argument<string>(name);
        a.Validators.Add(RejectFlags);
        return a;
    }

    public static void RejectFlags(ArgumentResult r)
    {
        foreach (var t in r.Tokens)
            if (t.Value.Length > 1 && t.Value[0] == '-')
            {
                r.AddError($"flag provided but not defined: {t.Value.Split('=')[0]}");
                return;
            }
    }
}
