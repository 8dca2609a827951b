using Gosharp.TestSupport;

namespace Gosharp.Inspect.Tests;

/// <summary>Objects and executables made by the oracles (gcc, as, ld) for the inspection tools to read.</summary>
public static class Inputs
{
    public const string CSource = """
        int bias = 3;
        static int hidden_counter;
        long zeroed[4];
        const char message[] = "hello";
        static int helper(int x) { return x * 3 + hidden_counter++; }
        int add3(int a, int b) { return helper(a) + b + bias + message[b & 3]; }
        int loop(int n) { int s = 0; for (int i = 0; i < n; i++) s += add3(i, n); return s; }
        extern int external_thing(int);
        int caller(int x) { return external_thing(x) + 1; }
        """;

    public static string Object(TempDir dir, string name = "lib")
    {
        var src = dir.Write(name + ".c", CSource);
        var obj = dir.File(name + ".o");
        Proc.Check(Oracles.Require(Oracles.Gcc), "-c", "-O1", "-ffreestanding", "-fno-pic", "-fno-inline", "-o", obj, src);
        return obj;
    }

    /// <summary>A static freestanding executable linked by gcc/ld.</summary>
    public static string Executable(TempDir dir)
    {
        var src = dir.Write("exe.c", CSource.Replace("extern int external_thing(int);", "int external_thing(int x) { return x; }")
            + "\nvoid _start(void) { for (;;) loop(3); }\n");
        var exe = dir.File("exe");
        Proc.Check(Oracles.Require(Oracles.Gcc), "-nostdlib", "-static", "-O1", "-ffreestanding", "-fno-pic", "-fno-inline", "-o", exe, src);
        return exe;
    }

    /// <summary>binutils nm's view: name → (type letter, address), for symbols with a name.</summary>
    public static Dictionary<string, (char Code, ulong Addr)> GnuNm(string file)
    {
        var result = new Dictionary<string, (char, ulong)>();
        foreach (var line in Proc.Check(Oracles.Require(Oracles.Nm), file).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var addr = line[..16].Trim();
            var code = line[17];
            var name = line[19..];
            result[name] = (code, addr.Length == 0 ? 0 : Convert.ToUInt64(addr, 16));
        }
        return result;
    }
}
