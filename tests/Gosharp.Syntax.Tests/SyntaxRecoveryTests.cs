using Gosharp.Compiler.Syntax;

namespace Gosharp.Syntax.Tests;

/// <summary>
/// Error recovery as gc's parser's: after the first syntax error, gc skips to a follow set
/// that depends on where it is (the end of a statement, a switch or select body, a list, the
/// top level, a missing operand) and goes on; the errors it reports after the first are
/// compared whole here. The expected lines are what `go tool compile -e x.go` (Go 1.19) printed.
/// </summary>
public class SyntaxRecoveryTests
{
    private static readonly Dictionary<string, (string Source, string[] Expected)> Cases = new()
    {
        ["after_decl"] = ("package main\n\nvar a = 1 2\n\nconst b = 3 4\n\nfunc f() {\n\tx := 1 2; y := 3\n\tif x 5 {\n\t}\n}\n",
            ["after_decl.go:3:11: syntax error: unexpected literal 2 after top level declaration", "after_decl.go:5:13: syntax error: unexpected literal 4 after top level declaration", "after_decl.go:8:9: syntax error: unexpected literal 2 at end of statement", "after_decl.go:9:7: syntax error: unexpected literal 5, expecting {"]),
        ["case_after_stmt"] = ("package main\n\nfunc f() {\n\tswitch {\n\tcase 0: f() case 1:\n\tcase 2: f() default:\n\t}\n\tx := 1 2\n}\n",
            ["case_after_stmt.go:5:14: syntax error: unexpected case at end of statement", "case_after_stmt.go:6:14: syntax error: unexpected default at end of statement", "case_after_stmt.go:8:9: syntax error: unexpected literal 2 at end of statement"]),
        ["for_cond_eof"] = ("package main\n\nfunc f() {\n\tfor x\n\t{\n\t\tz\n",
            ["for_cond_eof.go:5:2: syntax error: unexpected {, expecting for loop condition"]),
        ["go_missing_operand"] = ("package p\n\nfunc f() {\n\tgo }\n\nfunc g() {\n\tdefer )\n}\n",
            ["go_missing_operand.go:4:5: syntax error: unexpected }, expecting expression", "go_missing_operand.go:4:5: expression in go must be function call", "go_missing_operand.go:7:8: syntax error: unexpected ), expecting expression", "go_missing_operand.go:7:8: expression in defer must be function call"]),
        ["go_operand_eof"] = ("package p\n\nfunc f() {\n\tgo\n",
            ["go_operand_eof.go:5:1: syntax error: unexpected EOF, expecting expression", "go_operand_eof.go:5:1: expression in go must be function call"]),
        ["go_operand_eof_no_newline"] = ("package p\n\nfunc f() {\n\tgo",
            ["go_operand_eof_no_newline.go:4:4: syntax error: unexpected EOF, expecting expression", "go_operand_eof_no_newline.go:4:4: expression in go must be function call"]),
        ["if_header_eof"] = ("package main\n\nfunc f() {\n\tif x; y\n\t{\n\t\tz\n",
            ["if_header_eof.go:4:9: syntax error: unexpected newline, expecting { after if clause"]),
        ["switch_missing_brace"] = ("package main\n\nfunc f() {\n\tswitch x; y\n\t{\n\t\tz\n\tcase 1:\n\t\ta := 1 2\n\t}\n\tswitch x; y; z {\n\t\tw\n\t\tfor {}\n\tdefault:\n\t}\n}\n",
            ["switch_missing_brace.go:4:13: syntax error: missing { after switch clause", "switch_missing_brace.go:8:10: syntax error: unexpected literal 2 at end of statement", "switch_missing_brace.go:10:13: syntax error: missing { after switch clause", "switch_missing_brace.go:12:3: syntax error: unexpected for, expecting case or default or }"]),
        ["list_skip"] = ("package main\n\ntype I interface {\n\tf, g ()\n}\n\ntype J interface {\n\th T\n}\n\nvar x = f(1 2)\n",
            ["list_skip.go:4:3: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }", "list_skip.go:8:4: syntax error: unexpected T in interface type; possibly missing semicolon or newline or }", "list_skip.go:11:13: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"]),
        ["operand_missing"] = ("package main\n\nfunc _() {\n\tgo func() {\n\t\tsend <-\n\t}()\n}\n\nfunc _() {\n\t_ = (1 +)\n\t_ = a[2 +]\n\t_ = []int{1, 2, 3 + }\n}\n",
            ["operand_missing.go:6:2: syntax error: unexpected }, expecting expression", "operand_missing.go:10:10: syntax error: unexpected ), expecting expression", "operand_missing.go:11:11: syntax error: unexpected ], expecting expression", "operand_missing.go:12:22: syntax error: unexpected }, expecting expression"]),
        ["select_body"] = ("package main\n\nfunc f() {\n\tselect {\n\tfoo\n\t}\n\tx := 1 2\n}\n",
            ["select_body.go:5:2: syntax error: unexpected foo, expecting case or default or }", "select_body.go:6:2: syntax error: unexpected }, expecting :", "select_body.go:7:9: syntax error: unexpected literal 2 at end of statement"]),
        ["stmt_end_colon"] = ("package main\n\nfunc f() {\n\tswitch x {\n\tcase 1:\n\t\t2:\n\tcase 2:\n\t\t\"bar\": ;\n\tcase 3:\n\t}\n\tz := 1 2\n}\n",
            ["stmt_end_colon.go:6:4: syntax error: unexpected : at end of statement", "stmt_end_colon.go:8:8: syntax error: unexpected : at end of statement", "stmt_end_colon.go:11:9: syntax error: unexpected literal 2 at end of statement"]),
        ["stmt_keyword"] = ("package main\n\nfunc f() {\n\tx := 1 2 return\n\ty := 3 4 if true {}\n}\n",
            ["stmt_keyword.go:4:9: syntax error: unexpected literal 2 at end of statement", "stmt_keyword.go:5:9: syntax error: unexpected literal 4 at end of statement"]),
        ["switch_body"] = ("package main\n\nfunc f() {\n\tswitch {\n\tif x:\n\t}\n\tswitch {\n\tfoo bar\n\tcase 1:\n\t}\n\ty := 1 2\n}\n",
            ["switch_body.go:5:2: syntax error: unexpected if, expecting case or default or }", "switch_body.go:8:2: syntax error: unexpected foo, expecting case or default or }", "switch_body.go:9:2: syntax error: unexpected case, expecting :", "switch_body.go:11:9: syntax error: unexpected literal 2 at end of statement"]),
        ["top_nondecl"] = ("package main\n\nfmt.Printf(\"hello\")\n\nfunc main() {\n}\n\nx++\n\nfunc init() {\n}\n\nx, y := 1, 2\n",
            ["top_nondecl.go:3:1: syntax error: non-declaration statement outside function body", "top_nondecl.go:8:1: syntax error: non-declaration statement outside function body", "top_nondecl.go:13:1: syntax error: non-declaration statement outside function body"]),
    };

    public static TheoryData<string> Names() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void RecoversAsGc(string name)
    {
        var (source, expected) = Cases[name];
        var r = GoParser.ParseFile(name + ".go", source, noErrorLimit: true);
        Assert.Equal(expected, r.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(r.File);
    }
}
