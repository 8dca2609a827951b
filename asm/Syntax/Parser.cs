using Gosharp.Asm.Arm64;
using Gosharp.Asm.Lexing;
using Gosharp.Asm.Model;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Syntax;

/// <summary>
/// Turns the preprocessed token stream into an <see cref="AsmFile"/>: TEXT functions with their
/// instructions (labels and <c>n(PC)</c> resolved to instruction indexes), GLOBL symbols with their DATA.
/// Every mistake becomes a positioned diagnostic; parsing goes on with the next statement.
/// </summary>
internal sealed class Parser
{
    private readonly Preprocessor pp;
    private readonly string packagePath;
    private readonly DiagnosticBag diags;
    private readonly AsmFile file = new();
    private readonly Dictionary<SymRef, DataSymbol> data = [];
    private readonly List<DataSymbol> dataInOrder = [];
    private readonly Dictionary<SymRef, SourcePos> textDefs = [];

    private TextSymbol? current;
    private readonly Dictionary<string, int> labels = new(StringComparer.Ordinal);

    private readonly Action<TextSymbol>? functionDone;
    private readonly OperandParser operandParser;
    /// <summary>Whether <see cref="current"/> is kept (not a redeclaration).</summary>
    private bool currentKept;

    /// <param name="functionDone">Called with each function as soon as its body is complete (its labels
    /// resolved), so the assembler can encode it while the rest of the file is read.</param>
    public Parser(Preprocessor pp, string packagePath, DiagnosticBag diags, Action<TextSymbol>? functionDone = null)
    {
        this.pp = pp;
        this.packagePath = packagePath;
        this.diags = diags;
        this.functionDone = functionDone;
        operandParser = new OperandParser(packagePath);
    }

    /// <summary>
    /// Whether a symbol is a TLSBSS variable, as far as the GLOBLs read so far tell: null when it has
    /// not been declared (yet).
    /// </summary>
    public bool? IsThreadLocalSoFar(SymRef sym)
        => data.TryGetValue(sym, out var d) && d.DeclPos != null ? d.Flags.HasFlag(SymbolFlags.TLSBSS) : null;

    public AsmFile Parse()
    {
        var reader = new StatementReader(pp, diags);
        while (reader.Read() is { } st)
        {
            try { Statement(st); }
            catch (AsmSyntaxException e) { diags.Add(st.Pos, e.Message); }
        }
        FinishText();
        foreach (var d in dataInOrder)
        {
            if (d.DeclPos == null)
                diags.Add(d.Inits[0].Pos, $"DATA for {d.Sym} without GLOBL");
            else file.Data.Add(d);
        }
        return file;
    }

    private void Statement(Statement st)
    {
        foreach (var (name, pos) in st.Labels)
        {
            if (current == null) { diags.Add(pos, $"label {name} outside of a TEXT"); continue; }
            if (!labels.TryAdd(name, current.Body.Count)) diags.Add(pos, $"label {name} multiply defined");
        }
        if (st.Word.Length == 0) return;
        switch (st.Word)
        {
            case "TEXT": Text(st); return;
            case "GLOBL": Globl(st); return;
            case "DATA": Data(st); return;
        }
        if (!InstructionTable.IsKnown(st.Word))
            throw new AsmSyntaxException($"unrecognized instruction \"{st.Word}\"");
        if (st.Suffix.Length > 0 && st.Suffix is not ("W" or "P"))
            throw new AsmSyntaxException($"unrecognized suffix .{st.Suffix}");
        if (current == null) throw new AsmSyntaxException($"{st.Word} outside of a TEXT");
        var ops = st.Operands.Length == 0 ? [] : new Operand[st.Operands.Length];
        for (int i = 0; i < ops.Length; i++) ops[i] = operandParser.Parse(st.Operands[i]);
        current.Body.Add(new Instr(st.Pos, st.Word, st.Suffix, ops));
    }

    private void Text(Statement st)
    {
        FinishText();
        if (st.Operands.Length is not (2 or 3)) throw new AsmSyntaxException("expect two or three operands for TEXT");
        var sym = SymbolOperand("TEXT", st.Operands[0]);
        long flags = st.Operands.Length == 3 ? (long)Flags(st.Operands[1]) : 0;
        var (frame, args) = FrameSize(st.Operands[^1], sym);
        bool abiInternal = false;
        foreach (var op in st.Operands[..^1])
            foreach (var t in op) abiInternal |= t.Text == "ABIInternal";
        current = new TextSymbol(sym, (SymbolFlags)flags, frame, args, st.Pos) { AbiInternal = abiInternal };
        currentKept = false;
        // A redeclared function is still parsed (its body is checked) but not kept.
        if (data.TryGetValue(sym, out var d) && d.DeclPos != null || !textDefs.TryAdd(sym, st.Pos))
            throw new AsmSyntaxException($"symbol {sym} redeclared");
        file.Texts.Add(current);
        currentKept = true;
    }

    private SymRef SymbolOperand(string what, ArraySegment<Token> toks)
    {
        var op = operandParser.Parse(toks);
        if (op is not MemOperand { IsSymbol: true, IsAddress: false, Offset: 0, Sym: { } sym })
            throw new AsmSyntaxException($"{what}: expected symbol name of the form sym(SB), found {op.Text}");
        return sym;
    }

    private static ulong Flags(ArraySegment<Token> toks)
    {
        var c = new TokenCursor(toks);
        var v = ExpressionParser.Parse(c, SymbolFlagNames.Lookup);
        c.ExpectEnd();
        return v;
    }

    /// <summary><c>$frame-args</c> (two numbers, not a subtraction), <c>$frame</c>, or <c>$-8</c>.</summary>
    private static (long Frame, long Args) FrameSize(ArraySegment<Token> toks, SymRef sym)
    {
        var c = new TokenCursor(toks);
        if (!c.Accept('$')) throw new AsmSyntaxException($"TEXT {sym}: frame size must be an immediate constant");
        bool negative = c.Accept('-');
        if (!c.PeekIs(TokenKind.Int) || !GoLiteral.TryParseInt(c.Next().Text, out var frame) || frame > int.MaxValue)
            throw new AsmSyntaxException($"TEXT {sym}: frame size must be an immediate constant");
        long args = -1;
        if (!c.AtEnd)
        {
            if (!c.Accept('-') || !c.PeekIs(TokenKind.Int) || !GoLiteral.TryParseInt(c.Next().Text, out var a) || a > int.MaxValue || !c.AtEnd)
                throw new AsmSyntaxException($"TEXT {sym}: argument size must be of form -integer");
            args = (long)a;
        }
        return (negative ? -(long)frame : (long)frame, args);
    }

    private DataSymbol DataFor(SymRef sym)
    {
        if (!data.TryGetValue(sym, out var d))
        {
            d = new DataSymbol(sym);
            data.Add(sym, d);
            dataInOrder.Add(d);
        }
        return d;
    }

    private void Globl(Statement st)
    {
        if (st.Operands.Length is not (2 or 3)) throw new AsmSyntaxException("expect two or three operands for GLOBL");
        var sym = SymbolOperand("GLOBL", st.Operands[0]);
        long flags = st.Operands.Length == 3 ? (long)Flags(st.Operands[1]) : 0;
        var sizeOp = operandParser.Parse(st.Operands[^1]);
        if (sizeOp is not ImmOperand { Value: >= 0 } size) throw new AsmSyntaxException("GLOBL size must be a non-negative immediate constant");
        var d = DataFor(sym);
        if (d.DeclPos != null || textDefs.ContainsKey(sym)) throw new AsmSyntaxException($"symbol {sym} redeclared");
        d.DeclPos = st.Pos;
        d.Flags = (SymbolFlags)flags;
        d.Size = size.Value;
    }

    private void Data(Statement st)
    {
        if (st.Operands.Length != 2) throw new AsmSyntaxException("expect two operands for DATA");
        var target = st.Operands[0];
        int slash = -1, depth = 0;
        for (int i = 0; i < target.Count; i++)
        {
            if (target[i].Is('(')) depth++;
            else if (target[i].Is(')')) depth--;
            else if (target[i].Is('/') && depth == 0) slash = i;
        }
        if (slash < 0) throw new AsmSyntaxException("expect /size for DATA argument");
        var where = operandParser.Parse(target[..slash]);
        if (where is not MemOperand { IsSymbol: true, IsAddress: false, Sym: { } sym } mem)
            throw new AsmSyntaxException("DATA: expected sym+off(SB)/size");
        var sc = new TokenCursor(target[(slash + 1)..]);
        var size = ExpressionParser.Parse(sc);
        sc.ExpectEnd();
        var value = operandParser.Parse(st.Operands[1]);
        DataValue v = value switch
        {
            ImmOperand i when size is 1 or 2 or 4 or 8 => new IntValue((ulong)i.Value),
            FloatOperand f when size is 4 or 8 => new FloatValue(f.Value),
            StringOperand s when size > 0 && size <= int.MaxValue => (ulong)s.Bytes.Length <= size
                ? new BytesValue(s.Bytes)
                : throw new AsmSyntaxException($"DATA string {value.Text} is longer than its size {size}"),
            MemOperand { IsAddress: true, IsSymbol: true, Sym: { } target2, Index: null } m when size == 8 => new AddressValue(target2, m.Offset),
            MemOperand { IsAddress: true, IsSymbol: true } => throw new AsmSyntaxException("bad size for DATA address: must be 8"),
            ImmOperand or FloatOperand => throw new AsmSyntaxException($"bad size {size} for DATA value {value.Text}"),
            _ => throw new AsmSyntaxException("DATA value must be an immediate constant, string or address: " + value.Text),
        };
        if (mem.Offset < 0) throw new AsmSyntaxException("DATA offset must not be negative");
        DataFor(sym).Inits.Add(new DataInit(st.Pos, mem.Offset, (int)size, v));
    }

    /// <summary>Ends the current function: branch operands naming labels or n(PC) become instruction indexes.</summary>
    private void FinishText()
    {
        if (current == null) return;
        var body = current.Body;
        for (int i = 0; i < body.Count; i++)
        {
            var ins = body[i];
            if (!InstructionTable.IsBranch(ins.Mnemonic) || ins.Operands.Count == 0) continue;
            // The target is the last operand, but ADR's is the first (ADR label, R).
            int at = ins.Mnemonic == "ADR" ? 0 : ins.Operands.Count - 1;
            var last = ins.Operands[at];
            int target;
            switch (last)
            {
                case IdentOperand id:
                    if (!labels.TryGetValue(id.Name, out target))
                    {
                        diags.Add(ins.Pos, "undefined label " + id.Name);
                        continue;
                    }
                    if (target == body.Count)
                    {
                        diags.Add(ins.Pos, $"label {id.Name} is not followed by an instruction");
                        continue;
                    }
                    break;
                case PcRelOperand rel:
                    long t = i + rel.Count;
                    if (t < 0 || t >= body.Count)
                    {
                        diags.Add(ins.Pos, $"branch target {rel.Text} is outside the function");
                        continue;
                    }
                    target = (int)t;
                    break;
                default:
                    continue;
            }
            var ops = ins.Operands.ToArray();
            ops[at] = new TargetOperand(target) { Text = last.Text };
            body[i] = ins with { Operands = ops };
        }
        labels.Clear();
        var done = current;
        current = null;
        if (currentKept) functionDone?.Invoke(done);
    }
}
