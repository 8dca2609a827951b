using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.Compiler.Tests;

/// <summary>
/// Escape analysis of allocation sites: which new(T), &amp;T{...}, make([]T, n) and []T{...} stay in
/// the frame ("does not escape", as gc's -m says) and which must go to the heap. Each case is a
/// function body; the note for the site marked <c>/*A*/</c> must be the expected one.
/// </summary>
public class EscapeTests
{
    private const string Prelude = """
        package main

        type T struct {
        	a, b int
        	p    *int
        	next *T
        }

        func (t *T) Keep() { global = t }
        func (t T) Value() int { return t.a }

        var global *T
        var gints []int
        var gany interface{}

        func use(x interface{}) {}

        """;

    /// <summary>The -m notes of a program made of the prelude and one function f.</summary>
    private static List<string> Notes(string body)
    {
        using var tmp = new TempDir();
        var src = tmp.Write("x.go", Prelude + "func f(n int) (res *T) {\n" + body + "\n\treturn\n}\n\nfunc main() { f(1) }\n");
        var r = GoCompiler.Compile([src], new CompileOptions { Cwd = tmp.Path, EscapeReport = true });
        return r.Notes.Select(n => n[(n.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
    }

    [Theory]
    // Used only in the frame.
    [InlineData("p := new(T); p.a = n; _ = p.a", "new(T) does not escape")]
    [InlineData("p := &T{a: n}; _ = p.a + p.b", "&T{...} does not escape")]
    [InlineData("p := &T{}; _ = p", "&T{} does not escape")]
    [InlineData("s := make([]int, 10); s[n] = 1", "make([]int, 10) does not escape")]
    [InlineData("s := make([]int, 2, 8); s = s[:4]; s[3] = n", "make([]int, 2, 8) does not escape")]
    [InlineData("s := []int{1, 2, n}; _ = s[1]", "[]int{...} does not escape")]
    [InlineData("p := new([4]int); s := p[:]; s[0] = n; q := s; _ = q[0]", "new([4]int) does not escape")]
    [InlineData("p := new(T); q := &p.a; *q = n", "new(T) does not escape")]
    [InlineData("p := new(T); _ = p.Value()", "new(T) does not escape")] // a value method copies *p
    [InlineData("for i := 0; i < n; i++ { p := new(T); p.a = i; _ = p.a }", "new(T) does not escape")]
    [InlineData("var p *T; for i := 0; i < n; i++ { p = new(T); _ = p }", "new(T) escapes to heap")] // p outlives an iteration
    [InlineData("var p *T; for i := 0; i < n; i++ { x := new(T); p = x }; _ = p", "new(T) escapes to heap")]
    [InlineData("for i := 0; i < n; i++ { var q *T; for j := 0; j < n; j++ { q = new(T) }; _ = q }", "new(T) escapes to heap")]
    [InlineData("p := new(T); p.next = &T{}; _ = p", "new(T) does not escape")]
    // Leaving the frame.
    [InlineData("p := new(T); return p", "new(T) escapes to heap")]
    [InlineData("res = new(T)", "new(T) escapes to heap")] // a named result, bare return
    [InlineData("p := new(T); q := p; r := q; res = r", "new(T) escapes to heap")]
    [InlineData("global = new(T)", "new(T) escapes to heap")]
    [InlineData("p := new(T); p.next = &T{}; _ = p", "&T{} escapes to heap")] // stored through a pointer
    [InlineData("p := new(T); use(p)", "new(T) escapes to heap")]
    [InlineData("p := new(T); var i interface{} = p; gany = i", "new(T) escapes to heap")]
    [InlineData("p := new(T); p.Keep()", "new(T) escapes to heap")] // pointer method: may keep its receiver
    [InlineData("p := new(T); g := p.Keep; g()", "new(T) escapes to heap")] // method value
    [InlineData("p := new(T); func() { p.a++ }()", "new(T) escapes to heap")] // captured
    [InlineData("s := make([]int, 4); gints = s[1:]", "make([]int, 4) escapes to heap")]
    [InlineData("p := new(T); q := &p.b; res = &T{p: q}", "new(T) escapes to heap")]
    [InlineData("var i interface{} = new(T); switch x := i.(type) { case *T: global = x }", "new(T) escapes to heap")]
    [InlineData("var i interface{} = new(T); global = i.(*T)", "new(T) escapes to heap")]
    [InlineData("s := make([]int, 0, 4); s = append(s, n); _ = s", "make([]int, 0, 4) escapes to heap")]
    [InlineData("s := make([]int, n); _ = s", "make([]int, n) escapes to heap")] // size not constant
    [InlineData("s := make([]int, 10000); _ = s", "make([]int, 10000) escapes to heap")] // more than 64 KB
    [InlineData("p := new([10000]int); _ = p", "new([10000]int) escapes to heap")]
    [InlineData("p := new(T); _ = p; goto L; L:", "new(T) escapes to heap")] // goto: loops are not statements
    // Maps: the header in the frame.
    [InlineData("m := make(map[int]int); m[n] = 1; _ = len(m)", "make(map[int]int) does not escape")]
    [InlineData("m := make(map[int]int, 10); m[n] = 1", "make(map[int]int, 10) does not escape")]
    [InlineData("m := map[string]int{\"a\": n}; _ = m[\"a\"]", "map[string]int{...} does not escape")]
    [InlineData("m := map[int]*T{}; m[n] = new(T)", "map[int]*T{} does not escape")]
    [InlineData("m := map[int]*T{}; m[n] = new(T)", "new(T) escapes to heap")] // stored in the map
    [InlineData("m := map[*T]int{}; m[new(T)] = 1", "new(T) escapes to heap")] // a key is kept too
    [InlineData("m := map[*T]bool{new(T): true}; _ = m", "new(T) escapes to heap")]
    [InlineData("m := make(map[int]int); use(m)", "make(map[int]int) escapes to heap")]
    [InlineData("var m map[int]int; for i := 0; i < n; i++ { m = make(map[int]int) }; _ = m", "make(map[int]int) escapes to heap")]
    public void AllocationSiteDecision(string body, string expected)
    {
        var notes = Notes(body);
        var site = expected[..expected.LastIndexOf(expected.EndsWith("does not escape") ? " does not escape" : " escapes to heap", StringComparison.Ordinal)];
        Assert.Contains(expected, notes);
        var other = expected.EndsWith("does not escape") ? site + " escapes to heap" : site + " does not escape";
        Assert.DoesNotContain(other, notes);
    }

    [Fact]
    public void FrameObjectsAreZeroedAndAddressedInTheFrame()
    {
        // A site kept in the frame is no call to runtime.newobject; an escaping one is.
        using var tmp = new TempDir();
        var src = tmp.Write("x.go", Prelude + """
            func local(n int) int { p := &T{a: n}; return p.a }
            func heap(n int) *T { return &T{a: n} }
            func main() { local(1); heap(2) }
            """);
        var asm = GoCompiler.Compile([src], new CompileOptions { Cwd = tmp.Path }).Assembly;
        string Body(string fn)
        {
            int start = asm.IndexOf($"TEXT\tmain·{fn}<ABIInternal>(SB)", StringComparison.Ordinal);
            Assert.True(start >= 0, fn);
            int end = asm.IndexOf("\nTEXT", start + 1, StringComparison.Ordinal);
            return end < 0 ? asm[start..] : asm[start..end];
        }
        Assert.DoesNotContain("runtime·newobject", Body("local"));
        Assert.Contains("runtime·newobject", Body("heap"));
    }
}
