using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax;

namespace Gosharp.Syntax.Tests;

/// <summary>
/// Lexical and syntax errors in gc's words, at gc's positions, with gc's reporting policy (one
/// syntax error per line, at most ten then "too many errors"). The expected lines are what
/// `go tool compile x.go` (Go 1.19) printed for each file, less its type checker's complaints
/// ("undefined: f"). Where gosharp's error recovery differs from gc's after the first error
/// (FirstOnly), only the first error is compared.
/// </summary>
public class SyntaxErrorTests
{
    private static readonly Dictionary<string, (string Source, bool FirstOnly, string[] Expected)> Cases = new()
    {
        ["after_top"] = ("package main\n\nfunc f() {} x\n", false, ["after_top.go:3:13: syntax error: unexpected x after top level declaration"]),
        ["args_missing_comma"] = ("package main\n\nvar y = f(1 2)\n", false, ["args_missing_comma.go:3:13: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"]),
        ["args_missing_expr"] = ("package main\n\nfunc main() {\n\tx := f(1,\n}\n", false, ["args_missing_expr.go:5:1: syntax error: unexpected }, expecting expression"]),
        ["args_newline"] = ("package main\n\nvar y = f(1,\n\t2\n)\n", false, ["args_newline.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
        ["array_comma"] = ("package main\n\ntype A [N,]int\n", false, ["array_comma.go:3:11: syntax error: missing type constraint"]),
        ["binary_digit"] = ("package main\n\nvar x = 0b102\n", false, ["binary_digit.go:3:13: invalid digit '2' in binary literal"]),
        ["binop_missing"] = ("package main\n\nfunc main() {\n\tx := 1 +\n}\n", false, ["binop_missing.go:5:1: syntax error: unexpected }, expecting expression"]),
        ["block_rparen"] = ("package main\n\nfunc main() {\n\t)\n}\n", true, ["block_rparen.go:4:2: syntax error: unexpected ), expecting }"]),
        ["brace_newline"] = ("package main\nfunc main()\n{\n}\n", false, ["brace_newline.go:3:1: syntax error: unexpected semicolon or newline before {"]),
        ["call_missing_rparen"] = ("package main\n\nfunc main() {\n\tf(x\n}\n", false, ["call_missing_rparen.go:4:5: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
        ["case_missing_colon"] = ("package main\n\nfunc main() {\n\tswitch x {\n\tcase 1 2:\n\t}\n}\n", false, ["case_missing_colon.go:5:9: syntax error: unexpected literal 2, expecting :"]),
        ["case_outside"] = ("package main\n\nfunc main() {\n\tcase 1:\n}\n", false, ["case_outside.go:4:2: syntax error: unexpected case, expecting }"]),
        ["chan_elem"] = ("package main\n\nvar c chan\n", false, ["chan_elem.go:4:1: syntax error: missing channel element type"]),
        ["comma_index"] = ("package main\n\nvar x = a[1, 2:3]\n", false, ["comma_index.go:3:14: syntax error: unexpected literal 2, expecting ]"]),
        ["comment_eof"] = ("package main\n\n/* abc\n", false, ["comment_eof.go:3:1: comment not terminated"]),
        ["complit_missing_comma"] = ("package main\n\nvar x = [3]int{1 2}\n", false, ["complit_missing_comma.go:3:18: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"]),
        ["cond_incr"] = ("package main\n\nfunc main() {\n\tfor x++ {\n\t}\n}\n", false, ["cond_incr.go:4:7: syntax error: cannot use x++ as value"]),
        ["cond_send"] = ("package main\n\nfunc main() {\n\tif ch <- 1 {\n\t}\n}\n", false, ["cond_send.go:4:8: syntax error: cannot use ch <- 1 as value"]),
        ["const_define"] = ("package main\n\nconst x := 1\n", false, ["const_define.go:3:9: syntax error: unexpected :=, expecting ="]),
        ["defer_notcall"] = ("package main\n\nfunc main() {\n\tdefer f\n}\n", false, ["defer_notcall.go:4:8: expression in defer must be function call"]),
        ["dots_missing"] = ("package main\n\nfunc f(a ...) {}\n", false, ["dots_missing.go:3:13: syntax error: ... is missing type"]),
        ["e_exp"] = ("package main\n\nvar x = 0o7e5\n", false, ["e_exp.go:3:12: 'e' exponent requires decimal mantissa"]),
        ["else_bad"] = ("package main\n\nfunc main() {\n\tif x {\n\t} else y\n}\n", false, ["else_bad.go:5:9: syntax error: else must be followed by if or statement block"]),
        ["empty_index"] = ("package main\n\nvar x = a[]\n", false, ["empty_index.go:3:11: syntax error: unexpected ], expecting operand"]),
        ["end_of_stmt"] = ("package main\n\nfunc main() {\n\tx := foo bar\n}\n", false, ["end_of_stmt.go:4:11: syntax error: unexpected bar at end of statement"]),
        ["esc_big"] = ("package main\n\nvar x = \"\\U00110000\"\n", false, ["esc_big.go:3:20: escape is invalid Unicode code point U+110000"]),
        ["esc_hex"] = ("package main\n\nvar x = \"\\xZZ\"\n", false, ["esc_hex.go:3:12: invalid character 'Z' in hexadecimal escape"]),
        ["esc_octal"] = ("package main\n\nvar x = \"\\400\"\n", false, ["esc_octal.go:3:14: octal escape value 256 > 255"]),
        ["esc_unicode"] = ("package main\n\nvar x = \"\\uD800\"\n", false, ["esc_unicode.go:3:16: escape is invalid Unicode code point U+D800"]),
        ["esc_unknown"] = ("package main\n\nvar x = \"\\q\"\n", false, ["esc_unknown.go:3:11: unknown escape"]),
        ["exp_nodigits"] = ("package main\n\nvar x = 1e+\n", false, ["exp_nodigits.go:3:12: exponent has no digits"]),
        ["for_missing_cond"] = ("package main\n\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n", false, ["for_missing_cond.go:4:14: syntax error: unexpected {, expecting for loop condition"]),
        ["for_one_semi"] = ("package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n", true, ["for_one_semi.go:4:21: syntax error: unexpected {, expecting semicolon or newline"]),
        ["for_post_define"] = ("package main\n\nfunc main() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n", false, ["for_post_define.go:4:24: syntax error: cannot declare in post statement of for loop"]),
        ["for_var"] = ("package main\n\nfunc main() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n", false, ["for_var.go:4:10: syntax error: var declaration not allowed in for initializer"]),
        ["func_in_expr"] = ("package main\n\nvar x = func\n", false, ["func_in_expr.go:4:1: syntax error: unexpected EOF, expecting ("]),
        ["func_name_missing"] = ("package main\n\nfunc 1() {}\n", false, ["func_name_missing.go:3:6: syntax error: unexpected literal 1, expecting name or ("]),
        ["go_paren"] = ("package main\n\nfunc main() {\n\tgo (f())\n}\n", false, ["go_paren.go:4:5: expression in go must not be parenthesized"]),
        ["group_bad"] = ("package main\n\nvar (\n\ta int b int\n)\n", false, ["group_bad.go:4:8: syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or )"]),
        ["hex_mantissa"] = ("package main\n\nvar x = 0x1.5\n", false, ["hex_mantissa.go:3:14: hexadecimal mantissa requires a 'p' exponent"]),
        ["hex_nodigits"] = ("package main\n\nvar x = 0x\n", false, ["hex_nodigits.go:3:11: hexadecimal literal has no digits"]),
        ["ident_bad"] = ("package main\n\nvar x·y = 1\n", false, ["ident_bad.go:3:6: invalid character U+00B7 '·' in identifier"]),
        ["ident_digit"] = ("package main\n\nvar ٣x = 1\n", false, ["ident_digit.go:3:5: identifier cannot begin with digit U+0663 '٣'"]),
        ["if_as_expr"] = ("package main\n\nfunc main() {\n\ty := if\n}\n", true, ["if_as_expr.go:4:7: syntax error: unexpected if, expecting expression"]),
        ["if_assign"] = ("package main\n\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", false, ["if_assign.go:4:7: syntax error: cannot use assignment (x) = (1) as value"]),
        ["if_define"] = ("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", false, ["if_define.go:4:7: syntax error: cannot use x := 1 as value"]),
        ["if_missing_brace"] = ("package main\n\nfunc main() {\n\tif x y {\n\t}\n}\n", false, ["if_missing_brace.go:4:7: syntax error: unexpected y, expecting {"]),
        ["if_missing_cond"] = ("package main\n\nfunc main() {\n\tif {\n\t}\n}\n", false, ["if_missing_cond.go:4:5: syntax error: missing condition in if statement"]),
        ["if_newline"] = ("package main\n\nfunc main() {\n\tif x\n\t{\n\t}\n}\n", false, ["if_newline.go:4:6: syntax error: unexpected newline, expecting { after if clause"]),
        ["if_semi_missing_cond"] = ("package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n", false, ["if_semi_missing_cond.go:4:11: syntax error: missing condition in if statement"]),
        ["iface_bad"] = ("package main\n\ntype T interface { M() N() }\n", false, ["iface_bad.go:3:25: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or }"]),
        ["iface_generic_method"] = ("package main\n\ntype I interface { M[T any]() }\n", false, ["iface_generic_method.go:3:21: interface method must have no type parameters"]),
        ["import_missing_path"] = ("package main\n\nimport x\n", false, ["import_missing_path.go:3:9: syntax error: missing import path"]),
        ["import_not_string"] = ("package main\n\nimport 123\n", false, ["import_not_string.go:3:11: syntax error: import path must be a string"]),
        ["incinc"] = ("package main\n\nfunc main() {\n\tx := 1 ++ 2\n}\n", false, ["incinc.go:4:9: syntax error: unexpected ++ at end of statement"]),
        ["index_missing"] = ("package main\n\nvar x = a[1;\n", false, ["index_missing.go:3:12: syntax error: unexpected semicolon, expecting comma, : or ]"]),
        ["invalid_char"] = ("package main\n\nvar x = 1 @ 2\n", false, ["invalid_char.go:3:11: invalid character U+0040 '@'", "invalid_char.go:3:13: syntax error: unexpected literal 2 after top level declaration"]),
        ["invalid_char2"] = ("package main\n\nvar x = #\n", false, ["invalid_char2.go:3:9: invalid character U+0023 '#'"]),
        ["label_case"] = ("package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\tL:\n\tcase false:\n\t}\n}\n", false, ["label_case.go:6:3: syntax error: missing statement after label"]),
        ["label_missing"] = ("package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\tL:\n\t}\n}\n", false, []),
        ["list_incdec"] = ("package main\n\nfunc main() {\n\ta, b++\n}\n", false, ["list_incdec.go:4:6: syntax error: unexpected ++, expecting := or = or comma"]),
        ["list_no_assign"] = ("package main\n\nfunc main() {\n\ta, b\n}\n", false, ["list_no_assign.go:4:6: syntax error: unexpected newline, expecting := or = or comma"]),
        ["literal_stmt_end"] = ("package main\n\nfunc main() {\n\tx := \"a\" \"b\"\n}\n", false, ["literal_stmt_end.go:4:11: syntax error: unexpected literal \"b\" at end of statement"]),
        ["map_missing"] = ("package main\n\nvar x map[string\n", false, ["map_missing.go:3:17: syntax error: unexpected newline, expecting ]"]),
        ["method_tparams"] = ("package main\n\nfunc (a T) M[P any]() {}\n", false, ["method_tparams.go:3:13: syntax error: method must have no type parameters"]),
        ["missing_rbrace_eof"] = ("package main\n\nfunc main() {\n\tx()\n", false, ["missing_rbrace_eof.go:5:1: syntax error: unexpected EOF, expecting }"]),
        ["missing_rbrace_eof2"] = ("package main\n\nfunc main() {\n", false, ["missing_rbrace_eof2.go:4:1: syntax error: unexpected EOF, expecting }"]),
        ["mixed_params"] = ("package main\n\nfunc f(a int, string) {}\n", false, ["mixed_params.go:3:15: syntax error: mixed named and unnamed parameters"]),
        ["no_package"] = ("func main() {}\n", false, ["no_package.go:1:1: syntax error: package statement must be first"]),
        ["nondecl"] = ("package main\nx := 1\n", false, ["nondecl.go:2:1: syntax error: non-declaration statement outside function body"]),
        ["octal_digit"] = ("package main\n\nvar x = 08\n", false, ["octal_digit.go:3:10: invalid digit '8' in octal literal"]),
        ["p_exp"] = ("package main\n\nvar x = 1p5\n", false, ["p_exp.go:3:10: 'p' exponent requires hexadecimal mantissa"]),
        ["package_name"] = ("package 1\n", false, ["package_name.go:1:9: syntax error: unexpected literal 1, expecting name"]),
        ["params_missing_comma"] = ("package main\n\nfunc g(a int b int) {}\n", false, ["params_missing_comma.go:3:14: syntax error: unexpected b in parameter list; possibly missing comma or )"]),
        ["paren_complit"] = ("package main\n\nvar x = (T){}\n", false, ["paren_complit.go:3:12: syntax error: cannot parenthesize type in composite literal"]),
        ["radix_point"] = ("package main\n\nvar x = 0b1.0\n", false, ["radix_point.go:3:12: invalid radix point in binary literal"]),
        ["range_outside"] = ("package main\n\nfunc main() {\n\tx := range y\n}\n", false, ["range_outside.go:4:7: syntax error: unexpected range, expecting expression"]),
        ["raw_eof"] = ("package main\n\nvar x = `abc", false, ["raw_eof.go:3:9: string not terminated"]),
        ["recv_missing"] = ("package main\n\nfunc () M() {}\n", false, ["recv_missing.go:3:9: method has no receiver"]),
        ["recv_multi"] = ("package main\n\nfunc (a, b T) M() {}\n", false, ["recv_multi.go:3:15: method has multiple receivers"]),
        ["rparen_end"] = ("package main\n\nfunc main() {\n\tf())\n}\n", false, ["rparen_end.go:4:5: syntax error: unexpected ) at end of statement"]),
        ["rune_empty"] = ("package main\n\nvar x = ''\n", false, ["rune_empty.go:3:10: empty rune literal or unescaped '"]),
        ["rune_eof"] = ("package main\n\nvar x = 'a", false, ["rune_eof.go:3:9: rune literal not terminated"]),
        ["rune_multi"] = ("package main\n\nvar x = 'ab'\n", false, ["rune_multi.go:3:9: more than one character in rune literal"]),
        ["rune_newline"] = ("package main\n\nvar x = 'a\n", false, ["rune_newline.go:3:11: newline in rune literal"]),
        ["select_bad"] = ("package main\n\nfunc main() {\n\tselect {\n\tfoo\n\t}\n}\n", true, ["select_bad.go:5:2: syntax error: unexpected foo, expecting case or default or }"]),
        ["selector_missing"] = ("package main\n\nvar x = a.\n", false, ["selector_missing.go:4:1: syntax error: unexpected EOF, expecting name or ("]),
        ["semi_top"] = ("package main\n;\n", false, ["semi_top.go:2:1: syntax error: non-declaration statement outside function body"]),
        ["sep_bad"] = ("package main\n\nvar x = 1__0\n", false, ["sep_bad.go:3:11: '_' must separate successive digits"]),
        ["sep_bad2"] = ("package main\n\nvar x = 1_\n", false, ["sep_bad2.go:3:10: '_' must separate successive digits"]),
        ["slice_final"] = ("package main\n\nvar x = a[1:2:]\n", false, ["slice_final.go:3:15: final index required in 3-index slice"]),
        ["slice_middle"] = ("package main\n\nvar x = a[1::3]\n", false, ["slice_middle.go:3:13: middle index required in 3-index slice"]),
        ["str_eof"] = ("package main\n\nvar x = \"abc", false, ["str_eof.go:3:9: string not terminated"]),
        ["str_newline"] = ("package main\n\nvar x = \"abc\n", false, ["str_newline.go:3:13: newline in string"]),
        ["struct_missing_sep"] = ("package main\n\ntype T struct { a int b int }\n", false, ["struct_missing_sep.go:3:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"]),
        ["switch_bad_body"] = ("package main\n\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n", true, ["switch_bad_body.go:5:2: syntax error: unexpected foo, expecting case or default or }"]),
        ["switch_missing_brace"] = ("package main\n\nfunc main() {\n\tswitch x; y; z {\n\t}\n}\n", false, ["switch_missing_brace.go:4:13: syntax error: missing { after switch clause"]),
        ["toomany"] = ("package main\n\nfunc main() {\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n\t1 2\n}\n", false, ["toomany.go:4:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:5:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:6:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:7:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:8:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:9:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:10:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:11:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:12:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:13:4: syntax error: unexpected literal 2 at end of statement", "toomany.go:13:4: too many errors"]),
        ["toomany2"] = ("package main\n\nvar a = 08\nvar b = 09\nvar c = 0x\nvar d = 1__2\nvar e = 0b2\nvar f = 0o9\nvar g = 1e+\nvar h = 0x1.5\nvar i = 0b1.0\nvar j = 1p5\nvar k = 0o7e5\nvar l = 0b3\n", false, ["toomany2.go:3:10: invalid digit '8' in octal literal", "toomany2.go:4:10: invalid digit '9' in octal literal", "toomany2.go:5:11: hexadecimal literal has no digits", "toomany2.go:6:11: '_' must separate successive digits", "toomany2.go:7:11: invalid digit '2' in binary literal", "toomany2.go:8:11: invalid digit '9' in octal literal", "toomany2.go:9:12: exponent has no digits", "toomany2.go:10:14: hexadecimal mantissa requires a 'p' exponent", "toomany2.go:11:12: invalid radix point in binary literal", "toomany2.go:12:10: 'p' exponent requires hexadecimal mantissa", "toomany2.go:12:10: too many errors"]),
        ["tparam_missing"] = ("package main\n\nfunc f[T]() {}\n", false, ["tparam_missing.go:3:9: syntax error: missing type constraint"]),
        ["tparam_type_missing"] = ("package main\n\ntype T[P] int\nvar x T[1]\ntype U[P,] int\n", false, ["tparam_type_missing.go:5:10: syntax error: missing type constraint"]),
        ["twoperline"] = ("package main\n\nvar x = f(1 2) + g(3 4)\nvar y = (\n", false, ["twoperline.go:3:13: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"]),
        ["type_eq_array"] = ("package main\n\ntype A [N] = int\n", false, ["type_eq_array.go:3:12: syntax error: unexpected =, expecting type"]),
        ["type_missing"] = ("package main\n\nvar x []\n", false, ["type_missing.go:3:9: syntax error: unexpected newline, expecting type"]),
        ["type_name_missing"] = ("package main\n\ntype 1 int\n", false, ["type_name_missing.go:3:6: syntax error: unexpected literal 1, expecting name"]),
        ["var_after_top"] = ("package main\n\nvar x = 1 2\n", false, ["var_after_top.go:3:11: syntax error: unexpected literal 2 after top level declaration"]),
        ["var_missing_type"] = ("package main\n\nvar x\n", false, ["var_missing_type.go:3:6: syntax error: unexpected newline, expecting type"]),
    };

    public static TheoryData<string> Names() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void ReportsGcsErrors(string name)
    {
        var (source, firstOnly, expected) = Cases[name];
        var r = GoParser.ParseFile(name + ".go", source);
        var actual = r.Diagnostics.Select(d => d.ToString()).ToArray();
        if (firstOnly) actual = actual.Take(expected.Length).ToArray();
        Assert.Equal(expected, actual);
        Assert.NotNull(r.File);
    }

    [Fact]
    public void ParseFileOrThrowThrowsTheDiagnostics()
    {
        var e = Assert.Throws<UserError>(() => GoParser.ParseFileOrThrow("x.go", "package main\nx := 1\n"));
        Assert.Equal(["x.go:2:1: syntax error: non-declaration statement outside function body"], e.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("main", GoParser.ParseFileOrThrow("x.go", "package main\n").PkgName.Value);
    }

    [Fact]
    public void AMissingFileIsAUserError()
    {
        var e = Assert.Throws<UserError>(() => GoParser.ParsePath("/nonexistent/x.go"));
        Assert.StartsWith("open /nonexistent/x.go: ", e.Diagnostics[0].Message);
    }

    [Fact]
    public void BrokenFilesNeverThrow()
    {
        // Prefixes of a valid file end in syntax errors everywhere; none may escape as an exception.
        var source = Support.ConstructSources.All;
        for (int n = 0; n < source.Length; n += source.Length / 40 + 1)
        {
            var r = GoParser.ParseFile("cut.go", source[..n]);
            Assert.NotNull(r.File);
        }
    }
}
