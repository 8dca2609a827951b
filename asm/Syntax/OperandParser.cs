using Gosharp.Asm.Arm64;
using Gosharp.Asm.Lexing;

namespace Gosharp.Asm.Syntax;

/// <summary>
/// Parses one operand of gc's arm64 syntax:
/// <c>R1</c>, <c>R1&lt;&lt;3</c>, <c>R1.UXTW&lt;&lt;2</c>, <c>$imm</c>, <c>$(expr)</c>, <c>$1.5</c>, <c>$"str"</c>,
/// <c>off(Rn)</c>, <c>(Rn)(Rm&lt;&lt;3)</c>, <c>(R1, R2)</c>, <c>sym&lt;&gt;+off(SB)</c>, <c>$sym(SB)</c>,
/// <c>x+8(FP)</c>, <c>x-8(SP)</c>, <c>n(PC)</c>, and bare names (labels, conditions, system registers).
/// </summary>
internal sealed class OperandParser
{
    private readonly TokenCursor c = new(default);
    private readonly string packagePath;

    /// <summary>A parser for operands of one file (reused for each: not thread-safe).</summary>
    public OperandParser(string packagePath) => this.packagePath = packagePath;

    public Operand Parse(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 0) throw new AsmSyntaxException("empty operand");
        // A plain register is the commonest operand: one shared instance per name.
        if (tokens.Count == 1 && tokens[0].Kind == TokenKind.Ident && RegOperands.TryGetValue(tokens[0].Text, out var shared)) return shared;
        c.Reset(tokens);
        var op = Operand();
        c.ExpectEnd();
        op.Text = Render(tokens);
        return op;
    }

    private static readonly Dictionary<string, RegOperand> RegOperands =
        Reg.AllNames.ToDictionary(n => n, n => { Reg.TryParse(n, out var r); return new RegOperand(r) { Text = n }; }, StringComparer.Ordinal);

    [ThreadStatic] private static System.Text.StringBuilder? renderBuffer;

    /// <summary>The operand's source text, spaced as gc prints it (no spaces inside an operand).</summary>
    public static string Render(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 1) return tokens[0].Text;
        var sb = renderBuffer ??= new System.Text.StringBuilder();
        sb.Clear();
        foreach (var t in tokens)
        {
            if (t.Is(',')) { sb.Append(", "); continue; }
            sb.Append(t.Text);
        }
        return sb.ToString();
    }

    private Operand Operand()
    {
        char prefix = '\0';
        if (c.PeekIs('$')) { prefix = '$'; c.Next(); }
        else if (c.PeekIs('*')) { prefix = '*'; c.Next(); }
        if (c.AtEnd) throw new AsmSyntaxException("missing operand after " + prefix);

        var tok = c.Peek();
        if (tok.Is('['))
        {
            if (prefix != '\0') throw new AsmSyntaxException($"prefix {prefix} not allowed for a register list");
            return RegisterList();
        }
        if (tok.Kind == TokenKind.Ident)
        {
            if (Reg.TryParse(tok.Text, out var reg))
            {
                c.Next();
                if (prefix != '\0') throw new AsmSyntaxException($"prefix {prefix} not allowed for register: {prefix}{tok.Text}");
                return RegisterTail(reg);
            }
            if (tok.Text is "R18" or "R28")
                throw new AsmSyntaxException($"register {tok.Text} is reserved: write {(tok.Text == "R18" ? "R18_PLATFORM" : "g")}");
            c.Next();
            var name = tok.Text;
            if (c.AtEnd)
            {
                if (prefix != '\0') throw new AsmSyntaxException($"illegal or missing addressing mode for symbol {name}");
                return new IdentOperand(name);
            }
            return SymbolReference(SymRef.FromIdentifier(name, packagePath), prefix);
        }
        if (tok.Kind == TokenKind.String)
        {
            var next = c.Peek(1);
            bool isName = next.Is('(') || next.Is('+') || next.Is('-') || next.Is('<');
            c.Next();
            var bytes = GoLiteral.UnquoteString(tok.Text, out var err) ?? throw new AsmSyntaxException("string parse error: " + err);
            if (isName) return SymbolReference(System.Text.Encoding.UTF8.GetString(bytes), prefix);
            if (prefix != '$') throw new AsmSyntaxException("string constant must be an immediate");
            return new StringOperand(bytes);
        }
        if (HasFloatToken())
        {
            if (prefix != '$') throw new AsmSyntaxException("floating-point constant must be an immediate");
            return new FloatOperand(ExpressionParser.ParseFloat(c));
        }
        if (tok.Is('(') && c.PeekIs(TokenKind.Ident, 1) && Reg.TryParse(c.Peek(1).Text, out _))
            return Indirect(0, prefix);
        if (tok.Is('(') && c.PeekIs(TokenKind.Ident, 1) && c.Peek(1).Text is "SB" or "FP" or "SP")
            throw new AsmSyntaxException($"cannot reference {c.Peek(1).Text} without a symbol");

        // A constant, perhaps the offset of a memory operand.
        var value = (long)ExpressionParser.Parse(c);
        if (!c.PeekIs('('))
        {
            if (prefix != '$') throw new AsmSyntaxException("constant must be an immediate: write $" + tok.Text);
            return new ImmOperand(value);
        }
        if (c.PeekIs(TokenKind.Ident, 1) && c.Peek(1).Text == "PC")
        {
            c.Next(); c.Next(); c.Expect(')');
            if (prefix != '\0') throw new AsmSyntaxException("illegal addressing mode for PC");
            return new PcRelOperand(value);
        }
        if (c.PeekIs(TokenKind.Ident, 1) && c.Peek(1).Text is "SB" or "FP" or "SP")
            throw new AsmSyntaxException($"cannot reference {c.Peek(1).Text} without a symbol");
        return Indirect(value, prefix);
    }

    private bool HasFloatToken()
    {
        for (int i = 0; i < c.Remaining; i++)
            if (c.Peek(i).Kind == TokenKind.Float) return true;
        return false;
    }

    private Operand RegisterTail(Reg reg)
    {
        if (c.AtEnd) return new RegOperand(reg);
        var t = c.Peek();
        ShiftKind? shift = t.Kind switch
        {
            TokenKind.ShiftLeft => ShiftKind.Lsl,
            TokenKind.ShiftRight => ShiftKind.Lsr,
            TokenKind.Arrow => ShiftKind.Asr,
            TokenKind.Rotate => ShiftKind.Ror,
            _ => null,
        };
        if (shift is { } k)
        {
            c.Next();
            if (c.PeekIs(TokenKind.Ident)) throw new AsmSyntaxException("rhs of shift must be integer: " + c.Peek().Text);
            var amount = ExpressionParser.Parse(c);
            if (amount >= 64) throw new AsmSyntaxException("register shift count too large: " + amount);
            return new ShiftedRegOperand(reg, k, (int)amount);
        }
        if (t.Is('.') && reg.IsVector)
        {
            c.Next();
            return VectorTail(reg);
        }
        if (t.Is('.'))
        {
            c.Next();
            var (ext, amount) = Extension();
            return new ExtendedRegOperand(reg, ext, amount);
        }
        throw new AsmSyntaxException($"unexpected {t.Text} after register {reg}");
    }

    /// <summary>After <c>Vn.</c>: an arrangement (<c>V1.B16</c>) or an element (<c>V1.S[2]</c>).</summary>
    private Operand VectorTail(Reg reg)
    {
        var name = c.Next();
        if (name.Kind == TokenKind.Ident && Arrangements.TryParse(name.Text, out var arr))
        {
            if (!c.AtEnd) throw new AsmSyntaxException($"unexpected {c.Peek().Text} after {reg}.{name.Text}");
            return new VArrOperand(reg, arr);
        }
        if (name.Kind == TokenKind.Ident && name.Text is "B" or "H" or "S" or "D" && c.Accept('['))
        {
            var size = (ElemSize)"BHSD".IndexOf(name.Text[0]);
            var index = ExpressionParser.Parse(c);
            c.Expect(']');
            if (index > (ulong)(15 >> (int)size)) throw new AsmSyntaxException($"register element index out of range 0 to {15 >> (int)size}: {index}");
            if (!c.AtEnd) throw new AsmSyntaxException($"unexpected {c.Peek().Text} after {reg}.{name.Text}[{index}]");
            return new VElemOperand(reg, size, (int)index);
        }
        throw new AsmSyntaxException($"invalid arrangement or element: {reg}.{name.Text}");
    }

    /// <summary><c>[V1.B16, V2.B16, ...]</c>: consecutive registers of one arrangement.</summary>
    private Operand RegisterList()
    {
        c.Expect('[');
        var regs = new List<VArrOperand>();
        while (true)
        {
            var t = c.Next();
            if (t.Kind != TokenKind.Ident || !Reg.TryParse(t.Text, out var r) || !r.IsVector || !c.Accept('.'))
                throw new AsmSyntaxException("register list: expected a vector register with an arrangement, found " + t.Text);
            if (VectorTailInList(r) is not { } v) throw new AsmSyntaxException($"register list: {t.Text} needs an arrangement such as .B16");
            regs.Add(v);
            if (c.Accept(']')) break;
            c.Expect(',');
        }
        if (!c.AtEnd) throw new AsmSyntaxException($"unexpected {c.Peek().Text} after register list");
        if (regs.Count > 4) throw new AsmSyntaxException("register list: at most 4 registers");
        for (int i = 1; i < regs.Count; i++)
        {
            if (regs[i].Arr != regs[0].Arr) throw new AsmSyntaxException("register list: the registers must have the same arrangement");
            if (regs[i].Reg.Number != (regs[0].Reg.Number + i) % 32) throw new AsmSyntaxException("register list: the registers must be consecutive");
        }
        return new VListOperand(regs[0].Reg, regs.Count, regs[0].Arr);
    }

    private VArrOperand? VectorTailInList(Reg r)
    {
        var name = c.Next();
        return name.Kind == TokenKind.Ident && Arrangements.TryParse(name.Text, out var arr) ? new VArrOperand(r, arr) : null;
    }

    private (ExtendKind, int) Extension()
    {
        var name = c.Next();
        ExtendKind ext = name.Text switch
        {
            "UXTB" => ExtendKind.Uxtb, "UXTH" => ExtendKind.Uxth, "UXTW" => ExtendKind.Uxtw, "UXTX" => ExtendKind.Uxtx,
            "SXTB" => ExtendKind.Sxtb, "SXTH" => ExtendKind.Sxth, "SXTW" => ExtendKind.Sxtw, "SXTX" => ExtendKind.Sxtx,
            _ => throw new AsmSyntaxException("unsupported register extension: " + name.Text),
        };
        int amount = 0;
        if (c.PeekIs(TokenKind.ShiftLeft))
        {
            c.Next();
            var v = ExpressionParser.Parse(c);
            if (v > 4) throw new AsmSyntaxException("shift amount out of range 0 to 4: " + v);
            amount = (int)v;
        }
        return (ext, amount);
    }

    private Operand SymbolReference(string name, char prefix)
    {
        bool isStatic = false;
        if (c.PeekIs('<'))
        {
            c.Next();
            if (c.PeekIs('>')) isStatic = true;
            else
            {
                var abi = c.Next();
                if (abi.Text is not ("ABI0" or "ABIInternal"))
                    throw new AsmSyntaxException($"malformed ABI selector \"{abi.Text}\" in reference to \"{name}\"");
            }
            c.Expect('>');
        }
        long offset = 0;
        if (c.PeekIs('+') || c.PeekIs('-')) offset = (long)ExpressionParser.Parse(c);
        if (c.AtEnd) throw new AsmSyntaxException($"illegal or missing addressing mode for symbol {name}");
        c.Expect('(');
        var pseudo = c.Next();
        c.Expect(')');
        AddrName kind = pseudo.Text switch
        {
            "SB" => isStatic ? AddrName.Static : AddrName.Extern,
            "FP" => AddrName.Param,
            "SP" => AddrName.Auto,
            _ => throw new AsmSyntaxException("expected pseudo-register; found " + pseudo.Text),
        };
        if (kind is AddrName.Param or AddrName.Auto && isStatic)
            throw new AsmSyntaxException($"<> is only allowed on (SB) symbols: {name}");
        if (prefix == '*') throw new AsmSyntaxException("indirect (*) addressing is not supported on arm64");
        var sym = kind is AddrName.Extern or AddrName.Static ? new SymRef(name, isStatic) : (SymRef?)null;
        if (!c.AtEnd) throw new AsmSyntaxException($"unexpected {c.Peek().Text} after {pseudo.Text} reference");
        return new MemOperand(kind, sym, offset, null, null, prefix == '$');
    }

    /// <summary>At '(' Reg: <c>(Rn)</c>, <c>(Rn)(index)</c> or the pair <c>(R1, R2)</c>.</summary>
    private Operand Indirect(long offset, char prefix)
    {
        c.Expect('(');
        var baseTok = c.Next();
        Reg.TryParse(baseTok.Text, out var baseReg);
        if (c.Accept(','))
        {
            var second = c.Next();
            if (!Reg.TryParse(second.Text, out var r2)) throw new AsmSyntaxException("expected register; found " + second.Text);
            c.Expect(')');
            if (prefix != '\0' || offset != 0) throw new AsmSyntaxException("illegal address mode for register pair");
            return new PairOperand(baseReg, r2);
        }
        c.Expect(')');
        IndexSpec? index = null;
        if (c.PeekIs('('))
        {
            c.Next();
            var it = c.Next();
            if (!Reg.TryParse(it.Text, out var ir)) throw new AsmSyntaxException("indirect through non-register " + it.Text);
            if (c.PeekIs(TokenKind.ShiftLeft))
            {
                c.Next();
                var v = ExpressionParser.Parse(c);
                if (v > 4) throw new AsmSyntaxException("shift amount out of range 0 to 4: " + v);
                index = new IndexSpec(ir, ExtendKind.Lsl, (int)v, Shifted: true);
            }
            else if (c.Accept('.'))
            {
                var (ext, amount) = Extension();
                index = new IndexSpec(ir, ext, amount);
            }
            else if (c.Accept('*'))
            {
                // gc's generic (Rn)(Rm*scale) form: only a scale of 1 exists on arm64.
                if (ExpressionParser.Parse(c) != 1) throw new AsmSyntaxException("arm64 doesn't support scaled register format");
                index = new IndexSpec(ir, ExtendKind.Lsl, 0);
            }
            else index = new IndexSpec(ir, ExtendKind.Lsl, 0);
            c.Expect(')');
            if (offset != 0) throw new AsmSyntaxException("an indexed memory operand cannot have an offset");
        }
        if (prefix == '*') throw new AsmSyntaxException("indirect (*) addressing is not supported on arm64");
        return new MemOperand(AddrName.None, null, offset, baseReg, index, prefix == '$');
    }
}
