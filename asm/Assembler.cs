// The gosharp assembler: gc's Plan 9 arm64 assembly in, an ELF64 relocatable object out.
//
// Pipeline (see README.md):
//   Lexing/     Tokenizer (Go tokens, '·' and '∕' in names, '#line' remapping) and Preprocessor
//               (#include, #define, #ifdef, ...) produce one token stream.
//   Syntax/     StatementReader splits it into statements; Parser builds the Model (TEXT functions with
//               labels resolved to instruction indexes, GLOBL symbols with their DATA); OperandParser
//               and ExpressionParser read operands.
//   Arm64/      FrameBuilder expands each function (stack-split check, prologue, epilogue, morestack
//               call); FunctionAssembler resolves FP/SP pseudo-registers, classifies operands and
//               encodes each instruction through the InstructionTable (mnemonic x operand classes ->
//               encoder), then patches local branches.
//   Object/     DataImage builds data contents; ObjectWriter writes the ELF object (one section per
//               symbol, .rela sections, .symtab, .debug_line).
using Gosharp.Asm.Arm64;
using Gosharp.Asm.Lexing;
using Gosharp.Asm.Model;
using Gosharp.Asm.Object;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm;

/// <summary>Flags of <c>gosharp tool asm</c>, as gc's asm names them.</summary>
public sealed record AsmOptions
{
    /// <summary>-p: the package path that <c>·name</c> symbols belong to.</summary>
    public string PackagePath { get; init; } = "main";
    /// <summary>-I: folders searched by <c>#include</c>, after the source file's own folder.</summary>
    public IReadOnlyList<string> IncludeDirs { get; init; } = [];
    /// <summary>-D: predefined macros, <c>NAME</c> or <c>NAME=VALUE</c>.</summary>
    public IReadOnlyList<string> Defines { get; init; } = [];
    /// <summary>-trimpath: <c>prefix=>replacement;...</c> rewrites of file names recorded in the object.</summary>
    public string? TrimPath { get; init; }
}

/// <summary>The Plan 9 arm64 assembler: assembly text in, ELF64 relocatable object out.</summary>
public static class Assembler
{
    /// <summary>
    /// Assembles one source file. Errors in the source are a <see cref="Gosharp.Common.Diagnostics.UserError"/>
    /// listing every problem found (<c>file.s:12: message</c>), at most 10.
    /// </summary>
    public static byte[] Assemble(string fileName, string source, AsmOptions options)
    {
        var diags = new DiagnosticBag();
        var pp = new Preprocessor(fileName, source, options.IncludeDirs, options.Defines, diags);
        // Each function is encoded as soon as its body is read, and its instructions dropped: the model
        // of a large file never has to live through garbage collections. One that loads a symbol not
        // declared yet (it might turn out to be TLSBSS) waits for the end of the file.
        var funcs = new List<(AssembledFunction? Code, List<Diagnostic> Errors, TextSymbol Fn)>();
        Parser parser = null!;
        void FunctionDone(TextSymbol fn)
        {
            if (diags.HasErrors) return; // after a syntax error nothing is encoded (as in gc)
            bool undecided = false;
            var errors = new DiagnosticBag { Limit = 0 };
            var code = FunctionAssembler.Assemble(fn, errors, sym =>
            {
                if (parser.IsThreadLocalSoFar(sym) is { } known) return known;
                undecided = true;
                return false;
            });
            if (undecided)
            {
                funcs.Add((null, [], fn));
                return;
            }
            funcs.Add((code, errors.HasErrors ? errors.Items.ToList() : [], fn));
            fn.Body.Clear();
        }
        parser = new Parser(pp, options.PackagePath, diags, FunctionDone);
        var file = parser.Parse();
        diags.ThrowIfAny();

        var tls = file.Data.Where(d => d.Flags.HasFlag(Model.SymbolFlags.TLSBSS)).Select(d => d.Sym).ToHashSet();
        var assembled = new List<AssembledFunction>(funcs.Count);
        foreach (var (code, errors, fn) in funcs)
        {
            if (code != null)
            {
                foreach (var d in errors) diags.Add(d);
                assembled.Add(code);
            }
            else assembled.Add(FunctionAssembler.Assemble(fn, diags, tls.Contains));
        }
        var data = file.Data.Select(d => DataImage.Build(d, diags)).ToList();
        diags.ThrowIfAny();

        var lines = new DebugLine(options.TrimPath);
        var bytes = new ObjectWriter(diags).Write(Object.TrimPath.Apply(fileName, options.TrimPath), assembled, data, lines);
        diags.ThrowIfAny();
        return bytes;
    }

    /// <summary>
    /// The ABIs of the functions a file defines, in gc's symabis form (asm -gensymabis): one
    /// "def SYMBOL ABI" line per TEXT, so the compiler knows how to call assembly functions that a
    /// package declares in Go without a body (ABI0, stack-based, unless the TEXT says ABIInternal).
    /// </summary>
    public static string SymAbis(string fileName, string source, AsmOptions options)
    {
        var diags = new DiagnosticBag();
        var pp = new Preprocessor(fileName, source, options.IncludeDirs, options.Defines, diags);
        var file = new Parser(pp, options.PackagePath, diags).Parse();
        diags.ThrowIfAny();
        var sb = new System.Text.StringBuilder();
        foreach (var t in file.Texts)
            if (!t.Sym.IsStatic) sb.Append($"def {t.Sym.Name} {(t.AbiInternal ? "ABIInternal" : "ABI0")}\n");
        return sb.ToString();
    }
}
