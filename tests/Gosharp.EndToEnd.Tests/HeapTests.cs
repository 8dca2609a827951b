using System.Text;
using System.Text.RegularExpressions;
using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>Builds gosharp programs once per test class and measures the runtime's baseline.</summary>
public sealed class HeapFixture : IDisposable
{
    private readonly TempDir tmp = new("gosharp-heap");
    private readonly Dictionary<string, string> built = [];
    private readonly Lazy<long> baselineKb;

    public HeapFixture()
    {
        baselineKb = new(() => Run(Build("hello"), new Dictionary<string, string>()).PeakRssKb);
    }

    /// <summary>Peak RSS of qemu-aarch64 running a trivial gosharp program: qemu's own share.</summary>
    public long BaselineKb => baselineKb.Value;

    /// <summary>testdata/NAME.go built by gosharp in-process, as `gosharp build` does.</summary>
    public string Build(string name)
    {
        lock (built)
        {
            if (built.TryGetValue(name, out var done)) return done;
            var exe = tmp.File(name);
            var err = new StringWriter();
            var code = GosharpCli.Run(["build", "-o", exe, Repo.Path("testdata", name + ".go")],
                new ToolContext(Repo.Path("testdata"), new StringWriter(), err));
            Assert.True(code == 0, $"gosharp build {name}.go failed (exit {code}):\n{err}");
            built[name] = exe;
            return exe;
        }
    }

    public sealed record Measured(int ExitCode, string Output, long PeakRssKb);

    /// <summary>
    /// Runs an arm64 executable under qemu-aarch64 inside /usr/bin/time, which reports the peak
    /// resident set size (VmHWM) of the qemu process; Output is standard output and error merged.
    /// GOGC and GODEBUG are set (to the given values, else to gc's defaults) so that the caller's
    /// environment cannot change the measurement.
    /// </summary>
    public Measured Run(string exe, IDictionary<string, string> env)
    {
        var time = Oracles.Require("/usr/bin/time");
        var qemu = Oracles.Require(Oracles.Qemu);
        var report = tmp.File($"rss-{Guid.NewGuid():N}");
        var vars = new Dictionary<string, string> { ["GOGC"] = "100", ["GODEBUG"] = "" };
        foreach (var (k, v) in env) vars[k] = v;
        var r = Proc.Run("/bin/sh", ["-c", "exec \"$0\" -f %M -o \"$1\" \"$2\" \"$3\" 2>&1", time, report, qemu, exe],
            env: vars, timeoutMs: 120_000);
        // time adds "Command exited with non-zero status N" before the number when the program fails.
        var kb = long.Parse(File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Trim());
        return new Measured(r.ExitCode, r.Stdout, kb);
    }

    public void Dispose() => tmp.Dispose();
}

/// <summary>
/// The heap: the allocator's size classes and append's growth arithmetic against gc's numbers, and
/// the collector keeping the memory of programs that allocate far more than they keep small.
/// </summary>
public class HeapTests(HeapFixture heap) : IClassFixture<HeapFixture>
{
    // Element sizes (bytes) of the growth table below.
    private static readonly int[] ElementSizes =
        [1, 2, 3, 5, 8, 12, 16, 24, 32, 40, 48, 64, 72, 96, 100, 128, 200, 256, 500, 1000, 4096, 5000, 10000, 32768, 40000];

    /// <summary>
    /// What gc (Go 1.19, linux/arm64, run once under qemu-aarch64) prints for append's capacities:
    /// "round:" lists, for a []byte appended to nil n bytes at once, each n from which cap() changes
    /// ("n-cap": the size classes, then whole pages); "one S:" the capacities a slice of S-byte
    /// elements goes through when appended one element at a time (up to 4 MB or 100000 elements);
    /// "many S:" the capacity after appending k elements at once to make([][S]byte, l0), for l0 in
    /// {0, 1, 5, 100, 300, 1000} and k in {1, 2, 3, 7, 50, 300, 1500}. The program, for each S:
    /// <code>
    /// var s [][S]byte
    /// fmt.Print("one S:")
    /// for last := -1; len(s) &lt; max; {
    ///     if s = append(s, [S]byte{}); cap(s) != last { last = cap(s); fmt.Print(" ", last) }
    /// }
    /// fmt.Println()
    /// fmt.Print("many S:")
    /// for _, l0 := range []int{0, 1, 5, 100, 300, 1000} {
    ///     for _, k := range []int{1, 2, 3, 7, 50, 300, 1500} {
    ///         fmt.Print(" ", cap(append(make([][S]byte, l0), make([][S]byte, k)...)))
    ///     }
    /// }
    /// fmt.Println()
    /// </code>
    /// and first "round:" with cap(append([]byte(nil), make([]byte, n)...)) for n from 1 to 70000.
    /// </summary>
    private const string GcGrowth = """
round: 1-8 9-16 17-24 25-32 33-48 49-64 65-80 81-96 97-112 113-128 129-144 145-160 161-176 177-192 193-208 209-224 225-240 241-256 257-288 289-320 321-352 353-384 385-416 417-448 449-480 481-512 513-576 577-640 641-704 705-768 769-896 897-1024 1025-1152 1153-1280 1281-1408 1409-1536 1537-1792 1793-2048 2049-2304 2305-2688 2689-3072 3073-3200 3201-3456 3457-4096 4097-4864 4865-5376 5377-6144 6145-6528 6529-6784 6785-6912 6913-8192 8193-9472 9473-9728 9729-10240 10241-10880 10881-12288 12289-13568 13569-14336 14337-16384 16385-18432 18433-19072 19073-20480 20481-21760 21761-24576 24577-27264 27265-28672 28673-32768 32769-40960 40961-49152 49153-57344 57345-65536 65537-73728
one 1: 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344 73728 98304 131072
many 1: 8 8 8 8 64 320 1536 8 8 8 8 64 320 1536 16 16 16 16 64 320 1536 208 208 208 208 208 416 1792 576 576 576 576 576 1024 2048 1536 1536 1536 1536 1536 1536 2688
one 2: 4 8 16 32 64 128 256 512 896 1344 2048 3072 4096 5440 7168 9216 12288 16384 24576 32768 45056 57344 73728 94208 118784
many 2: 4 4 4 8 56 320 1536 4 4 4 8 56 320 1536 12 12 12 12 56 320 1536 208 208 208 208 208 448 1600 576 576 576 576 576 1024 2048 1536 1536 1536 1536 1536 1536 2688
one 3: 2 5 10 21 42 85 170 341 682 1066 1621 2261 3157 4522 6144 8192 10922 16384 21845 30037 38229 49152 62805 79189 101034
many 3: 2 2 5 8 53 341 1621 2 5 5 8 53 341 1621 10 10 10 16 58 341 1621 213 213 213 213 213 426 1621 597 597 597 597 597 1024 2048 1621 1621 1621 1621 1621 1621 2730
one 5: 1 3 6 12 25 51 102 204 409 819 1228 1894 2713 3686 4915 6553 9830 13107 18022 22937 29491 37683 47513 60620 77004 96665 121241
many 5: 1 3 3 9 51 307 1638 3 3 4 9 51 307 1638 12 12 12 12 57 307 1638 204 204 204 204 204 409 1638 614 614 614 614 614 972 1894 1638 1638 1638 1638 1638 1638 2713
one 8: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592
many 8: 1 2 3 8 52 336 1536 2 3 4 8 52 336 1536 10 10 10 12 56 336 1536 224 224 224 224 224 400 1696 608 608 608 608 608 1024 2048 1536 1536 1536 1536 1536 1536 2560
one 12: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413 4778 6826 8874 11605 15018 19114 24576 31402 39594 49834 62805 79189 99669 124928
many 12: 1 2 4 8 53 341 1536 2 4 4 8 53 341 1536 10 10 10 12 58 341 1536 224 224 224 224 224 405 1706 576 576 576 576 576 906 1813 1536 1536 1536 1536 1536 1536 2730
one 16: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584 5120 6656 8704 11264 14336 18432 23552 29696 37376 47104 59392 74752 93696 117760
many 16: 1 2 3 7 56 304 1536 2 3 4 8 56 304 1536 10 10 10 12 56 336 1536 200 200 200 200 200 408 1704 592 592 592 592 592 1024 2048 1536 1536 1536 1536 1536 1536 2560
one 24: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461 7168 9216 11946 15360 19456 24576 31061 39253 49493 62122 78165 97962 122880
many 24: 1 2 3 7 53 341 1706 2 3 4 8 53 341 1706 10 10 10 12 58 341 1706 202 202 202 202 202 405 1706 597 597 597 597 597 906 2048 1706 1706 1706 1706 1706 1706 2730
one 32: 1 2 4 8 16 32 64 128 256 512 852 1280 1792 2560 3584 4864 6400 8192 10496 13312 16896 21504 27136 34304 43264 54272 68096 85504 107264
many 32: 1 2 3 7 56 304 1536 2 3 4 8 56 304 1536 10 10 10 12 56 320 1536 204 204 204 204 204 424 1792 576 576 576 576 576 1024 2048 1536 1536 1536 1536 1536 1536 2560
one 40: 1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072 4096 5324 6963 9011 11468 14540 18432 23347 29491 37068 46694 58572 73523 92160 115507
many 40: 1 2 3 7 51 307 1638 2 3 4 8 51 307 1638 10 10 10 12 57 307 1638 204 204 204 204 204 409 1638 614 614 614 614 614 1024 1843 1638 1638 1638 1638 1638 1638 2662
one 48: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 2901 3925 5120 6656 8533 10922 13994 17749 22528 28501 35840 45056 56661 71168 89258
many 48: 1 2 3 7 56 341 1536 2 3 4 8 56 341 1536 10 10 10 12 56 341 1536 202 202 202 202 202 426 1706 568 568 568 568 568 1024 1877 1536 1536 1536 1536 1536 1536 2560
one 64: 1 2 4 8 16 32 64 128 256 512 896 1408 2048 2816 3712 4864 6272 8064 10368 13184 16768 21248 26752 33664 42368 53248 66816
many 64: 1 2 3 7 50 320 1536 2 3 4 8 54 320 1536 10 10 10 12 64 320 1536 212 212 212 212 212 426 1664 640 640 640 640 640 1024 1920 1536 1536 1536 1536 1536 1536 2560
one 72: 1 2 4 8 16 32 67 135 284 568 910 1365 1934 2616 3527 4664 6030 7736 9898 12629 16042 20252 25600 32199 40504 50858 63829
many 72: 1 2 3 7 56 302 1592 2 3 4 8 56 302 1592 10 10 10 12 56 341 1592 227 227 227 227 227 455 1706 568 568 568 568 568 910 1820 1479 1479 1479 1479 1479 1479 2503
one 96: 1 2 4 8 16 32 64 128 256 512 853 1280 1792 2474 3328 4352 5632 7253 9301 11861 15018 19029 23978 30208 37973 47701
many 96: 1 2 3 7 50 341 1536 2 3 4 8 56 341 1536 10 10 10 12 56 341 1536 213 213 213 213 213 426 1621 597 597 597 597 597 938 1877 1450 1450 1450 1450 1450 1450 2560
one 100: 1 2 4 8 17 34 69 143 286 573 983 1474 2048 2785 3686 4833 6307 8110 10403 13271 16793 21217 26787 33751 42434
many 100: 1 2 3 7 53 327 1556 2 3 4 8 53 327 1556 10 10 10 12 61 327 1556 204 204 204 204 204 409 1638 573 573 573 573 573 901 1802 1474 1474 1474 1474 1474 1474 2539
one 128: 1 2 4 8 16 32 64 128 256 512 832 1280 1792 2432 3264 4288 5568 7168 9152 11648 14784 18688 23552 29632 37248
many 128: 1 2 3 7 51 320 1536 2 3 4 8 51 320 1536 10 10 10 12 64 320 1536 213 213 213 213 213 448 1600 576 576 576 576 576 960 1856 1472 1472 1472 1472 1472 1472 2560
one 200: 1 2 4 8 16 32 67 136 286 573 942 1392 1966 2662 3522 4628 5980 7700 9830 12492 15810 19988 25190
many 200: 1 2 3 7 51 327 1515 2 3 4 8 51 327 1515 10 10 10 13 61 327 1515 204 204 204 204 204 409 1638 573 573 573 573 573 901 1802 1474 1474 1474 1474 1474 1474 2539
one 256: 1 2 4 8 16 32 64 128 256 512 832 1248 1760 2400 3200 4192 5440 7008 8960 11392 14432 18240
many 256: 1 2 3 7 53 320 1504 2 3 4 8 53 320 1504 10 10 10 12 56 320 1536 224 224 224 224 224 416 1600 576 576 576 576 576 928 1824 1472 1472 1472 1472 1472 1472 2528
one 500: 1 2 4 8 16 32 65 131 262 524 851 1261 1769 2408 3211 4210 5455 7012 8962
many 500: 1 2 3 8 54 311 1507 2 3 4 8 54 311 1507 10 10 10 12 57 311 1507 212 212 212 212 212 409 1605 573 573 573 573 573 901 1802 1458 1458 1458 1458 1458 1458 2506
one 1000: 1 2 4 8 16 32 65 131 262 524 851 1261 1769 2408 3203 4202
many 1000: 1 2 3 8 57 303 1507 2 3 4 8 57 303 1507 10 10 10 12 57 311 1507 204 204 204 204 204 401 1605 573 573 573 573 573 901 1802 1449 1449 1449 1449 1449 1449 2506
one 4096: 1 2 4 8 16 32 64 128 256 512 832 1232
many 4096: 1 2 3 7 50 300 1500 2 3 4 8 52 302 1502 10 10 10 12 56 306 1506 200 200 200 200 200 400 1600 568 568 568 568 568 900 1800 1442 1442 1442 1442 1442 1442 2500
one 5000: 1 2 4 8 16 32 65 131 262 519 840
many 5000: 1 2 3 8 50 301 1500 2 3 4 8 52 301 1502 11 11 11 13 55 306 1505 201 201 201 201 201 401 1600 568 568 568 568 568 901 1800 1443 1443 1443 1443 1443 1443 2500
one 10000: 1 2 4 8 16 32 64 128 256 512
many 10000: 1 2 3 7 50 300 1500 2 3 4 8 51 301 1501 10 10 10 12 55 305 1505 200 200 200 200 200 400 1600 567 567 567 567 567 900 1800 1442 1442 1442 1442 1442 1442 2500
one 32768: 1 2 4 8 16 32 64 128
many 32768: 1 2 3 7 50 300 1500 2 3 4 8 51 301 1501 10 10 10 12 55 305 1505 200 200 200 200 200 400 1600 567 567 567 567 567 900 1800 1442 1442 1442 1442 1442 1442 2500
one 40000: 1 2 4 8 16 32 64 128
many 40000: 1 2 3 7 50 300 1500 2 3 4 8 51 301 1501 10 10 10 12 55 305 1505 200 200 200 200 200 400 1600 567 567 567 567 567 900 1800 1442 1442 1442 1442 1442 1442 2500
""";

    /// <summary>
    /// The runtime's own arithmetic (msize.go and slicecap.go, which depend on nothing else in the
    /// runtime) compiled by gosharp into a program that prints the table above the way the growth
    /// from append works: growslice(newLen, oldCap) = sliceAllocation(growCapacity(newLen, oldCap)).
    /// </summary>
    [Fact]
    public void SizeClassesAndAppendGrowthAreGcs()
    {
        using var tmp = new TempDir("gosharp-growth");
        var files = new List<string>();
        foreach (var name in new[] { "msize.go", "slicecap.go" })
        {
            var src = File.ReadAllText(Repo.Path("runtime-stubs", "runtime", name));
            src = Regex.Replace(src, @"(?m)^package runtime$", "package main");
            files.Add(tmp.Write(name, src));
        }
        files.Add(tmp.Write("main.go", GrowthHarness()));
        var exe = tmp.File("growth");
        var err = new StringWriter();
        var code = GosharpCli.Run(["build", "-o", exe, .. files], new ToolContext(tmp.Path, new StringWriter(), err));
        Assert.True(code == 0, $"gosharp build failed (exit {code}):\n{err}");

        var run = heap.Run(exe, new Dictionary<string, string>());
        Assert.Equal(0, run.ExitCode);
        var expected = GcGrowth.ReplaceLineEndings("\n").Split('\n');
        var actual = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }

    private static string GrowthHarness()
    {
        var calls = new StringBuilder();
        foreach (var s in ElementSizes)
            calls.Append($"\tone({s}, {Math.Min(4_000_000 / s, 100_000)})\n\tmany({s})\n");
        return $$"""
            package main

            func grow(newLen int, oldCap int, size uintptr) int {
            	_, c, overflow := sliceAllocation(growCapacity(newLen, oldCap), size)
            	if overflow {
            		return -1
            	}
            	return c
            }

            func one(size uintptr, max int) {
            	print("one ", size, ":")
            	c := 0
            	for n := 1; n <= max; n++ {
            		if n > c {
            			c = grow(n, c, size)
            			print(" ", c)
            		}
            	}
            	println()
            }

            var starts [6]int
            var adds [7]int

            func many(size uintptr) {
            	print("many ", size, ":")
            	for i := 0; i < len(starts); i++ {
            		for j := 0; j < len(adds); j++ {
            			print(" ", grow(starts[i]+adds[j], starts[i], size))
            		}
            	}
            	println()
            }

            func main() {
            	initSizeClasses()
            	starts[1] = 1
            	starts[2] = 5
            	starts[3] = 100
            	starts[4] = 300
            	starts[5] = 1000
            	adds[0] = 1
            	adds[1] = 2
            	adds[2] = 3
            	adds[3] = 7
            	adds[4] = 50
            	adds[5] = 300
            	adds[6] = 1500
            	print("round:")
            	last := -1
            	for n := 1; n <= 70000; n++ {
            		if c := grow(n, 0, 1); c != last {
            			last = c
            			print(" ", n, "-", c)
            		}
            	}
            	println()
            {{calls}}
            }
            """;
    }

    /// <summary>
    /// Programs that allocate hundreds of MB to GB in total while keeping little: their output is gc's
    /// and qemu's peak RSS stays within a bound over a trivial program's (measured at about 15 MB
    /// with qemu 7.2; gc's own builds of these programs peak at 30 to 80 MB). The bounds leave room
    /// for the heap goal (twice the live heap, at least 4 MB) and the pages kept for reuse.
    /// </summary>
    [Theory]
    [InlineData("gc_lists", 16)]       // 500 MB in 256-byte list nodes, 1 MB live
    [InlineData("gc_binarytrees", 16)] // 135 MB in 16-byte tree nodes, 0.5 MB live
    [InlineData("gc_roots", 16)]       // small objects, strings, interfaces, 48 KB objects
    [InlineData("heap_large", 32)]     // 1.3 GB in 36 KB and 2.4 MB objects, 8 MB live
    public void PeakMemoryStaysSmall(string name, int extraMb)
    {
        var run = heap.Run(heap.Build(name), new Dictionary<string, string>());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("testdata", name + ".out")), run.Output);
        Assert.True(run.PeakRssKb <= heap.BaselineKb + extraMb * 1024,
            $"{name}: peak RSS {run.PeakRssKb} KB, more than {extraMb} MB over the baseline {heap.BaselineKb} KB");
    }

    /// <summary>
    /// Memory freed by a collection beyond what the next cycle needs goes back to the OS: after a
    /// 50 MB list is dropped and runtime.GC runs, MemStats counts it as released (gosharp's own
    /// policy: gc's scavenger returns memory in the background, so there is no gc output to match).
    /// </summary>
    [Fact]
    public void FreedMemoryGoesBackToTheOs()
    {
        using var tmp = new TempDir("gosharp-release");
        var src = tmp.Write("release.go", """
            package main

            import "runtime"

            type node struct {
            	next *node
            	pad  [14]int
            }

            var head *node

            func build(n int) {
            	for i := 0; i < n; i++ {
            		x := new(node)
            		x.next = head
            		head = x
            	}
            }

            func main() {
            	var m runtime.MemStats
            	build(400000) // 128-byte nodes: 51 MB
            	runtime.ReadMemStats(&m)
            	println(m.HeapInuse > 45<<20, m.HeapAlloc > 45<<20)
            	head = nil
            	runtime.GC()
            	runtime.ReadMemStats(&m)
            	println(m.HeapInuse < 1<<20, m.HeapAlloc < 1<<20, m.HeapReleased > 55<<20, m.HeapIdle-m.HeapReleased < 8<<20)
            }
            """);
        var exe = tmp.File("release");
        var err = new StringWriter();
        var code = GosharpCli.Run(["build", "-o", exe, src], new ToolContext(tmp.Path, new StringWriter(), err));
        Assert.True(code == 0, $"gosharp build failed (exit {code}):\n{err}");
        var run = heap.Run(exe, new Dictionary<string, string>());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("true true\ntrue true true true\n", run.Output);
    }

    /// <summary>GOGC=off turns the collector off: the same program then keeps everything it allocates.</summary>
    [Fact]
    public void GogcOffKeepsEverything()
    {
        var run = heap.Run(heap.Build("gc_binarytrees"), new Dictionary<string, string> { ["GOGC"] = "off" });
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("testdata", "gc_binarytrees.out")), run.Output);
        Assert.True(run.PeakRssKb > heap.BaselineKb + 40 * 1024,
            $"peak RSS {run.PeakRssKb} KB with GOGC=off, expected over 40 MB above the baseline {heap.BaselineKb} KB");
    }

    /// <summary>
    /// GOGC sets the pace: GODEBUG=gctrace=1 prints a line per collection ("gc N: ..." on standard
    /// error), fewer as GOGC grows, none when off.
    /// </summary>
    [Fact]
    public void GogcSetsHowOftenTheCollectorRuns()
    {
        var exe = heap.Build("gc_roots");
        int Collections(string gogc)
        {
            var run = heap.Run(exe, new Dictionary<string, string> { ["GOGC"] = gogc, ["GODEBUG"] = "gctrace=1" });
            Assert.Equal(0, run.ExitCode);
            return Regex.Matches(run.Output, @"(?m)^gc \d+: ").Count;
        }
        var normal = Collections("100");
        var lazy = Collections("400");
        var eager = Collections("25");
        Assert.True(normal > 5, $"{normal} collections with GOGC=100");
        Assert.True(lazy < normal, $"{lazy} collections with GOGC=400, {normal} with GOGC=100");
        Assert.True(eager > normal, $"{eager} collections with GOGC=25, {normal} with GOGC=100");
        Assert.Equal(0, Collections("off"));
    }
}
