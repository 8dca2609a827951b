// Front-end throughput on a Go source tree, single-threaded, measured in CPU time of this process:
//   parse   every .go file outside testdata folders (as `compile -syntax-only` does);
//   check   the standard-library packages named on the command line, with everything they import,
//           type-checked from source (parse + check, as compile does).
// Usage: Gosharp.Bench.Parse SRCROOT FILELIST [PKG...]  (FILELIST: one path per line, relative to SRCROOT)
using System.Diagnostics;
using Gosharp.Check.Tests.Support;
using Gosharp.Compiler.Syntax;

var src = args[0];
var files = File.ReadAllLines(args[1]).Where(l => l.Length > 0).ToList();
var datas = files.Select(f => File.ReadAllBytes(Path.Combine(src, f))).ToArray();
long lines = datas.Sum(d => (long)d.AsSpan().Count((byte)'\n'));

TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

// Allocation and garbage collection since `start`: most of the parser's time is the collector's.
(long Alloc, TimeSpan Pause, int Gen0, int Gen1, int Gen2) GcNow() =>
    (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
string GcStats((long Alloc, TimeSpan Pause, int Gen0, int Gen1, int Gen2) start)
{
    var now = GcNow();
    return $"alloc-MB {(now.Alloc - start.Alloc) >> 20} gc-pause-s {(now.Pause - start.Pause).TotalSeconds:F3} " +
           $"gcs {now.Gen0 - start.Gen0} gen1 {now.Gen1 - start.Gen1} gen2 {now.Gen2 - start.Gen2}";
}

// Parse: a first pass warms up the JIT and ANTLR's prediction caches (as gc's parser needs no warm-up,
// the cold pass is reported too).
for (int pass = 0; pass < 2; pass++)
{
    var cpu0 = Cpu();
    var gc0 = GcNow();
    var sw = Stopwatch.StartNew();
    int bad = 0;
    for (int i = 0; i < files.Count; i++)
        if (GoParser.ParseFile(files[i], datas[i]).HasErrors) bad++;
    var cpu = (Cpu() - cpu0).TotalSeconds;
    Console.WriteLine($"parse{(pass == 0 ? "-cold" : "")} {files.Count} files {lines} lines {cpu:F3} cpu-s {sw.Elapsed.TotalSeconds:F3} wall-s {lines / cpu:F0} lines/cpu-s errors {bad} {GcStats(gc0)}");
}

var pkgs = args.Skip(2).ToList();
if (pkgs.Count > 0)
{
    // Type-check (with parsing) from source: a warm-up importer first, then a fresh one measured.
    for (int pass = 0; pass < 2; pass++)
    {
        var imp = new SourceImporter(src);
        var cpu0 = Cpu();
        var sw = Stopwatch.StartNew();
        foreach (var p in pkgs) imp.Check(p);
        var cpu = (Cpu() - cpu0).TotalSeconds;
        var done = imp.Packages.Where(p => p.Value != null).ToList();
        long checkLines = done.Sum(p => p.Value!.Files.Sum(f => (long)File.ReadAllBytes(f.FileName).AsSpan().Count((byte)'\n')));
        int errs = done.Sum(p => p.Value!.Errors.Count);
        Console.WriteLine($"check{(pass == 0 ? "-cold" : "")} {done.Count} packages {checkLines} lines {cpu:F3} cpu-s {sw.Elapsed.TotalSeconds:F3} wall-s {checkLines / cpu:F0} lines/cpu-s errors {errs}");
    }
}
