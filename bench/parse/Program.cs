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

// Parse: a first pass warms up the JIT and ANTLR's prediction caches (as gc's parser needs no warm-up,
// the cold pass is reported too).
for (int pass = 0; pass < 2; pass++)
{
    var cpu0 = Cpu();
    var sw = Stopwatch.StartNew();
    int bad = 0;
    for (int i = 0; i < files.Count; i++)
        if (GoParser.ParseFile(files[i], datas[i]).HasErrors) bad++;
    var cpu = (Cpu() - cpu0).TotalSeconds;
    Console.WriteLine($"parse{(pass == 0 ? "-cold" : "")} {files.Count} files {lines} lines {cpu:F3} cpu-s {sw.Elapsed.TotalSeconds:F3} wall-s {lines / cpu:F0} lines/cpu-s errors {bad}");
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
