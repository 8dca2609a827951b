using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests.Support;

/// <summary>Debugs an arm64 executable with gdb-multiarch through qemu-aarch64's gdb stub.</summary>
public static class Gdb
{
    public const string GdbMultiarch = "gdb-multiarch";

    /// <summary>Starts the program stopped under qemu -g, runs gdb in batch mode with the commands, returns what gdb printed.</summary>
    public static string Batch(string exe, params string[] commands)
    {
        var gdb = Oracles.Require(GdbMultiarch);
        int port = FreePort();
        var psi = new ProcessStartInfo(Oracles.Require(Oracles.Qemu)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-g", port.ToString(System.Globalization.CultureInfo.InvariantCulture), exe }) psi.ArgumentList.Add(a);
        using var qemu = Process.Start(psi)!;
        try
        {
            WaitForListener(port, qemu);
            var args = new List<string> { "-batch", "-nx", "-ex", "set confirm off", "-ex", $"target remote :{port}" };
            foreach (var c in commands) { args.Add("-ex"); args.Add(c); }
            args.Add("-ex"); args.Add("kill");
            args.Add(exe);
            var r = Proc.Run(gdb, args, timeoutMs: 60_000);
            return r.Stdout + r.Stderr;
        }
        finally
        {
            if (!qemu.HasExited) qemu.Kill();
            qemu.WaitForExit();
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>qemu opens its gdb socket before running anything; wait until it accepts connections (probing without connecting).</summary>
    private static void WaitForListener(int port, Process qemu)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (qemu.HasExited) throw new InvalidOperationException($"qemu exited: {qemu.StandardError.ReadToEnd()}");
            foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
                if (File.Exists(table) && File.ReadLines(table).Any(l => l.Contains($":{port:X4} ", StringComparison.Ordinal) && l.Contains(" 0A ", StringComparison.Ordinal)))
                    return;
            Thread.Sleep(50);
        }
        throw new TimeoutException($"qemu did not listen on port {port}");
    }
}
