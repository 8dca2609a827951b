using Gosharp.Asm.Arm64.Encoding;
using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.OpClass;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64;

internal delegate void Encoder(Emitter e, Operand[] ops, string suffix);

/// <summary>
/// One way to encode a mnemonic: the operand classes it accepts, position by position (null accepts
/// anything), and the encoder. <see cref="Writeback"/> forms accept the .W and .P suffixes.
/// </summary>
internal sealed record Form(OpClass[]? Pattern, Encoder Encode, bool Writeback = false);

/// <summary>
/// The arm64 instruction table: for each mnemonic, its forms in order of preference. An instruction
/// is encoded by the first form whose classes match its operands'; none matching is gc's
/// "illegal combination".
/// </summary>
internal static partial class InstructionTable
{
    private static readonly Dictionary<string, List<Form>> Forms = new(StringComparer.Ordinal);
    private static readonly HashSet<string> BranchMnemonics = new(StringComparer.Ordinal);

    public static bool IsKnown(string mnemonic) => Forms.ContainsKey(mnemonic);

    /// <summary>Branches, whose last operand may name a label or <c>n(PC)</c>.</summary>
    public static bool IsBranch(string mnemonic) => BranchMnemonics.Contains(mnemonic);

    public static Form? Lookup(string mnemonic, ReadOnlySpan<OpClass> classes, string suffix)
    {
        if (!Forms.TryGetValue(mnemonic, out var forms)) return null;
        foreach (var f in forms)
        {
            if (suffix.Length > 0 && !f.Writeback) continue;
            if (f.Pattern == null) return f;
            if (f.Pattern.Length != classes.Length) continue;
            bool ok = true;
            for (int i = 0; i < classes.Length && ok; i++) ok = (f.Pattern[i] & classes[i]) != 0;
            if (ok) return f;
        }
        return null;
    }

    private static void Add(string mnemonic, OpClass[]? pattern, Encoder enc, bool writeback = false)
    {
        if (!Forms.TryGetValue(mnemonic, out var list)) Forms[mnemonic] = list = [];
        list.Add(new Form(pattern, enc, writeback));
    }

    /// <summary>A three-operand form that also accepts two operands, the destination doubling as the first source.</summary>
    private static void Add3(string mnemonic, OpClass a, OpClass n, OpClass d, Action<Emitter, Operand, Reg, Reg> enc)
    {
        Add(mnemonic, [a, n, d], (e, o, _) => enc(e, o[0], R(o[1]), R(o[2])));
        Add(mnemonic, [a, d], (e, o, _) =>
        {
            var r = R(o[1]);
            if ((OperandClassifier.Classify(new RegOperand(r)) & n) == 0) throw e.Illegal();
            enc(e, o[0], r, r);
        });
    }

    static InstructionTable()
    {
        AddArithmetic();
        AddLogical();
        AddMoves();
        AddBitfields();
        AddMultiplyDivide();
        AddConditional();
        AddBranches();
        AddSystem();
        AddLoadStore();
        AddAtomics();
        AddFloatingPoint();
        AddSystemMore();
        AddIntegerMore();
        AddVector();
    }

    private static void AddArithmetic()
    {
        foreach (var (name, sub, flags) in new[] { ("ADD", false, false), ("SUB", true, false), ("ADDS", false, true), ("SUBS", true, true) })
        {
            foreach (var is64 in new[] { true, false })
            {
                var op = new AddSubOp(is64, sub, flags);
                var m = is64 ? name : name + "W";
                var dest = flags ? Gpr : GprSP;
                Add3(m, Gpr | Shifted, Gpr, Gpr, (e, s, n, d) => Arithmetic.Shifted(e, op, s, n, d));
                Add3(m, Gpr | Extended | Shifted, GprSP, dest, (e, s, n, d) => Arithmetic.Extended(e, op, s, n, d));
                Add3(m, Const, GprSP, dest, (e, s, n, d) => Arithmetic.Immediate(e, op, Imm(s), n, d, negate: !flags));
            }
        }
        foreach (var (name, sub) in new[] { ("CMP", true), ("CMN", false) })
        {
            foreach (var is64 in new[] { true, false })
            {
                var op = new AddSubOp(is64, sub, true);
                var m = is64 ? name : name + "W";
                Add(m, [Gpr | Shifted, Gpr], (e, o, _) => Arithmetic.Shifted(e, op, o[0], R(o[1]), Reg.ZR));
                Add(m, [Gpr | Extended | Shifted, GprSP], (e, o, _) => Arithmetic.Extended(e, op, o[0], R(o[1]), Reg.ZR));
                Add(m, [Const, GprSP], (e, o, _) => Arithmetic.Immediate(e, op, Imm(o[0]), R(o[1]), Reg.ZR));
            }
        }
        foreach (var (name, flags) in new[] { ("NEG", false), ("NEGS", true) })
        {
            foreach (var is64 in new[] { true, false })
            {
                var op = new AddSubOp(is64, true, flags);
                var m = is64 ? name : name + "W";
                Add(m, [Gpr | Shifted, Gpr], (e, o, _) => Arithmetic.Shifted(e, op, o[0], Reg.ZR, R(o[1])));
                Add(m, [Gpr], (e, o, _) => Arithmetic.Shifted(e, op, o[0], Reg.ZR, R(o[0])));
            }
        }
        foreach (var (name, sub, flags) in new[] { ("ADC", false, false), ("ADCS", false, true), ("SBC", true, false), ("SBCS", true, true) })
        {
            foreach (var is64 in new[] { true, false })
            {
                var op = new AddSubOp(is64, sub, flags);
                Add3(is64 ? name : name + "W", Gpr, Gpr, Gpr, (e, s, n, d) => Arithmetic.Carry(e, op, R(s), n, d));
            }
        }
    }

    private static void AddLogical()
    {
        var ops = new (string Name, uint Opc, bool Invert)[]
        {
            ("AND", 0, false), ("ORR", 1, false), ("EOR", 2, false), ("ANDS", 3, false),
            ("BIC", 0, true), ("ORN", 1, true), ("EON", 2, true), ("BICS", 3, true),
        };
        foreach (var (name, opc, invert) in ops)
        {
            foreach (var is64 in new[] { true, false })
            {
                var op = new LogicalOp(is64, opc, invert);
                var m = is64 ? name : name + "W";
                Add3(m, Gpr | Shifted, Gpr, Gpr, (e, s, n, d) => Logical.Shifted(e, op, s, n, d));
                Add3(m, Const, Gpr, opc == 3 ? Gpr : GprSP | Gpr, (e, s, n, d) => Logical.Immediate(e, op, Imm(s), n, d));
            }
        }
        foreach (var is64 in new[] { true, false })
        {
            var tst = new LogicalOp(is64, 3, false);
            var mvn = new LogicalOp(is64, 1, true);
            Add(is64 ? "TST" : "TSTW", [Gpr | Shifted, Gpr], (e, o, _) => Logical.Shifted(e, tst, o[0], R(o[1]), Reg.ZR));
            Add(is64 ? "TST" : "TSTW", [Const, Gpr], (e, o, _) => Logical.Immediate(e, tst, Imm(o[0]), R(o[1]), Reg.ZR));
            Add(is64 ? "MVN" : "MVNW", [Gpr | Shifted, Gpr], (e, o, _) => Logical.Shifted(e, mvn, o[0], Reg.ZR, R(o[1])));
        }
    }

    private static void AddMoves()
    {
        Add("MOVD", [Gpr | GprSP, Gpr | GprSP], (e, o, _) =>
        {
            var (n, d) = (R(o[0]), R(o[1]));
            if ((n.Kind == RegKind.StackPointer && d.Kind == RegKind.Zero) || (n.Kind == RegKind.Zero && d.Kind == RegKind.StackPointer))
                throw e.Illegal();
            Moves.Register(e, MoveKind.D, n, d);
        });
        Add("MOVD", [Const, Gpr | GprSP], (e, o, _) => Moves.Constant(e, true, Imm(o[0]), R(o[1])));
        Add("MOVD", [AddrSym, Gpr], (e, o, _) => Moves.SymbolAddress(e, M(o[0]), R(o[1])));
        Add("MOVD", [SysReg, Gpr], (e, o, _) => e.Emit(A64.Mrs(SysRegOf(o[0]), R(o[1]))));
        Add("MOVD", [Gpr, SysReg], (e, o, _) => e.Emit(A64.Msr(SysRegOf(o[1]), R(o[0]))));
        Add("MOVD", [AddrReg, GprSP], (e, o, _) => Moves.RegisterAddress(e, M(o[0]), R(o[1])));
        foreach (var (name, kind) in new[] { ("MOVW", MoveKind.W), ("MOVWU", MoveKind.WU), ("MOVH", MoveKind.H), ("MOVHU", MoveKind.HU), ("MOVB", MoveKind.B), ("MOVBU", MoveKind.BU) })
        {
            Add(name, [Gpr, Gpr], (e, o, _) => Moves.Register(e, kind, R(o[0]), R(o[1])));
            if (kind is MoveKind.W or MoveKind.WU)
                Add(name, [Const, Gpr | GprSP], (e, o, _) => Moves.Constant(e, false, Imm(o[0]), R(o[1])));
        }
        foreach (var is64 in new[] { true, false })
        {
            foreach (var (name, opc) in new[] { ("MOVK", 3u), ("MOVZ", 2u), ("MOVN", 0u) })
                Add(is64 ? name : name + "W", [Const, Gpr], (e, o, _) => Moves.Wide(e, is64, opc, Imm(o[0]), R(o[1])));
        }
    }

    private static void AddBitfields()
    {
        foreach (var is64 in new[] { true, false })
        {
            string W(string n) => is64 ? n : n + "W";
            foreach (var (name, kind, v) in new[] { ("LSL", ShiftKind.Lsl, 8u), ("LSR", ShiftKind.Lsr, 9u), ("ASR", ShiftKind.Asr, 10u), ("ROR", ShiftKind.Ror, 11u) })
            {
                // Register form first: gc reads $0 as ZR, so LSR $0 is LSRV by XZR.
                Add3(W(name), Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc2(is64, v, R(s), n, d)));
                Add3(W(name), Const, Gpr, Gpr, (e, s, n, d) => Bitfields.ShiftImm(e, is64, kind, Imm(s), n, d));
            }
            foreach (var (name, alias) in new[] { ("UBFX", Bitfields.Alias.Ubfx), ("SBFX", Bitfields.Alias.Sbfx), ("UBFIZ", Bitfields.Alias.Ubfiz),
                         ("SBFIZ", Bitfields.Alias.Sbfiz), ("BFI", Bitfields.Alias.Bfi), ("BFXIL", Bitfields.Alias.Bfxil) })
                Add(W(name), [Const, Gpr, Const, Gpr], (e, o, _) => Bitfields.Field(e, is64, alias, Imm(o[0]), Imm(o[2]), R(o[1]), R(o[3])));
            foreach (var (name, opc) in new[] { ("SBFM", Bitfields.Sbfm), ("BFM", Bitfields.Bfm), ("UBFM", Bitfields.Ubfm) })
                Add(W(name), [Const, Gpr, Const, Gpr], (e, o, _) => Bitfields.Raw(e, is64, opc, Imm(o[0]), Imm(o[2]), R(o[1]), R(o[3])));
            Add(W("EXTR"), [Const, Gpr, Gpr, Gpr], (e, o, _) => Bitfields.Extr(e, is64, Imm(o[0]), R(o[1]), R(o[2]), R(o[3])));
        }
        // 64-bit extensions (gc's SXTB..UXTW write the whole X register) and the 32-bit W forms.
        foreach (var (name, opc, bits) in new[] { ("SXTB", Bitfields.Sbfm, 8), ("SXTH", Bitfields.Sbfm, 16), ("SXTW", Bitfields.Sbfm, 32),
                     ("UXTB", Bitfields.Ubfm, 8), ("UXTH", Bitfields.Ubfm, 16), ("UXTW", Bitfields.Ubfm, 32) })
        {
            Add(name, [Gpr, Gpr], (e, o, _) => Bitfields.Extend(e, true, opc, bits, R(o[0]), R(o[1])));
            if (bits < 32) Add(name + "W", [Gpr, Gpr], (e, o, _) => Bitfields.Extend(e, false, opc, bits, R(o[0]), R(o[1])));
        }
        foreach (var (name, is64, opcode) in new[] { ("RBIT", true, 0u), ("RBITW", false, 0u), ("REV16", true, 1u), ("REV16W", false, 1u),
                     ("REV32", true, 2u), ("REV", true, 3u), ("REVW", false, 2u), ("CLZ", true, 4u), ("CLZW", false, 4u), ("CLS", true, 5u), ("CLSW", false, 5u) })
            Add(name, [Gpr, Gpr], (e, o, _) => e.Emit(A64.DataProc1(is64, opcode, R(o[0]), R(o[1]))));
    }

    private static void AddMultiplyDivide()
    {
        foreach (var is64 in new[] { true, false })
        {
            string W(string n) => is64 ? n : n + "W";
            Add3(W("UDIV"), Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc2(is64, 2, R(s), n, d)));
            Add3(W("SDIV"), Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc2(is64, 3, R(s), n, d)));
            Add3(W("MUL"), Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(is64, 0, false, R(s), Reg.ZR, n, d)));
            Add3(W("MNEG"), Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(is64, 0, true, R(s), Reg.ZR, n, d)));
            Add(W("MADD"), [Gpr, Gpr, Gpr, Gpr], (e, o, _) => e.Emit(A64.DataProc3(is64, 0, false, R(o[0]), R(o[1]), R(o[2]), R(o[3]))));
            Add(W("MSUB"), [Gpr, Gpr, Gpr, Gpr], (e, o, _) => e.Emit(A64.DataProc3(is64, 0, true, R(o[0]), R(o[1]), R(o[2]), R(o[3]))));
        }
        Add3("SMULH", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 2, false, R(s), Reg.ZR, n, d)));
        Add3("UMULH", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 6, false, R(s), Reg.ZR, n, d)));
        Add3("SMULL", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 1, false, R(s), Reg.ZR, n, d)));
        Add3("UMULL", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 5, false, R(s), Reg.ZR, n, d)));
        foreach (var (name, op31, o0) in new[] { ("SMADDL", 1u, false), ("SMSUBL", 1u, true), ("UMADDL", 5u, false), ("UMSUBL", 5u, true) })
            Add(name, [Gpr, Gpr, Gpr, Gpr], (e, o, _) => e.Emit(A64.DataProc3(true, op31, o0, R(o[0]), R(o[1]), R(o[2]), R(o[3]))));
    }

    private static void AddConditional()
    {
        foreach (var is64 in new[] { true, false })
        {
            string W(string n) => is64 ? n : n + "W";
            foreach (var (name, op, op2) in new[] { ("CSEL", 0u, 0u), ("CSINC", 0u, 1u), ("CSINV", 1u, 0u), ("CSNEG", 1u, 1u) })
                Add(W(name), [CondCode, Gpr, Gpr, Gpr], (e, o, _) => e.Emit(A64.CondSelect(is64, op, op2, C(o[0]), R(o[2]), R(o[1]), R(o[3]))));
            // CSET/CSETM: CSINC/CSINV Rd, ZR, ZR, !cond; CINC/CINV/CNEG: Rd, Rn, Rn, !cond.
            foreach (var (name, op, op2) in new[] { ("CSET", 0u, 1u), ("CSETM", 1u, 0u) })
                Add(W(name), [CondCode, Gpr], (e, o, _) => e.Emit(A64.CondSelect(is64, op, op2, Invertible(e, C(o[0])).Invert(), Reg.ZR, Reg.ZR, R(o[1]))));
            foreach (var (name, op, op2) in new[] { ("CINC", 0u, 1u), ("CINV", 1u, 0u), ("CNEG", 1u, 1u) })
                Add(W(name), [CondCode, Gpr, Gpr], (e, o, _) => e.Emit(A64.CondSelect(is64, op, op2, Invertible(e, C(o[0])).Invert(), R(o[1]), R(o[1]), R(o[2]))));
            foreach (var (name, op) in new[] { ("CCMN", 0u), ("CCMP", 1u) })
            {
                Add(W(name), [CondCode, Gpr, Const, Const], (e, o, _) => e.Emit(A64.CondCompare(is64, op, true, Range(e, Imm(o[2]), 31), C(o[0]), R(o[1]), Range(e, Imm(o[3]), 15))));
                Add(W(name), [CondCode, Gpr, Gpr, Const], (e, o, _) => e.Emit(A64.CondCompare(is64, op, false, R(o[2]).Field, C(o[0]), R(o[1]), Range(e, Imm(o[3]), 15))));
            }
        }
    }

    private static Cond Invertible(Emitter e, Cond c) => c is Cond.AL or Cond.NV ? throw e.Illegal() : c;

    private static uint Range(Emitter e, long v, long max)
        => v < 0 || v > max ? throw Emitter.Error($"immediate out of range 0 to {max}: {e.Instr.Text}") : (uint)v;

    private static void AddBranches()
    {
        foreach (var (name, link) in new[] { ("B", false), ("JMP", false), ("BL", true), ("CALL", true) })
        {
            BranchMnemonics.Add(name);
            Add(name, [Label], (e, o, _) => Branches.ToTarget(e, link, Target(o[0])));
            Add(name, [MemSym], (e, o, _) => Branches.ToSymbol(e, link, M(o[0])));
            if (link) Add(name, [Gpr], (e, o, _) => Branches.ToRegister(e, 1, R(o[0]))); // gc: CALL R1, but only JMP (R1)
            Add(name, [Indirect], (e, o, _) => Branches.ToRegister(e, link ? 1u : 0u, M(o[0]).Base!.Value));
        }
        foreach (var (name, cond) in new[] { ("BEQ", Cond.EQ), ("BNE", Cond.NE), ("BCS", Cond.HS), ("BHS", Cond.HS),
                     ("BCC", Cond.LO), ("BLO", Cond.LO), ("BMI", Cond.MI), ("BPL", Cond.PL), ("BVS", Cond.VS),
                     ("BVC", Cond.VC), ("BHI", Cond.HI), ("BLS", Cond.LS), ("BGE", Cond.GE), ("BLT", Cond.LT),
                     ("BGT", Cond.GT), ("BLE", Cond.LE) })
        {
            BranchMnemonics.Add(name);
            Add(name, [Label], (e, o, _) => Branches.Conditional(e, cond, Target(o[0])));
        }
        foreach (var (name, is64, nz) in new[] { ("CBZ", true, false), ("CBNZ", true, true), ("CBZW", false, false), ("CBNZW", false, true) })
        {
            BranchMnemonics.Add(name);
            Add(name, [Gpr, Label], (e, o, _) => Branches.CompareZero(e, is64, nz, R(o[0]), Target(o[1])));
        }
        foreach (var (name, nz) in new[] { ("TBZ", false), ("TBNZ", true) })
        {
            BranchMnemonics.Add(name);
            Add(name, [Const, Gpr, Label], (e, o, _) => Branches.TestBit(e, nz, Imm(o[0]), R(o[1]), Target(o[2])));
        }
        Add("RET", [], (e, _, _) => e.Emit(A64.BranchRegister(2, Reg.LR)));
        Add("RET", [Gpr], (e, o, _) => Branches.ToRegister(e, 2, R(o[0])));
        Add("RET", [MemSym], (e, o, _) => Branches.ToSymbol(e, false, M(o[0]))); // a tail call, after the epilogue
        BranchMnemonics.Add("ADR");
        Add("ADR", [Label, Gpr], (e, o, _) => Branches.Adr(e, Target(o[0]), R(o[1])));
    }

    private static void AddSystem()
    {
        foreach (var (name, word) in new[] { ("SVC", 0xd4000001u), ("BRK", 0xd4200000u), ("HLT", 0xd4400000u) })
        {
            Add(name, [], (e, _, _) => e.Emit(A64.Exception(word, 0)));
            Add(name, [Const], (e, o, _) => e.Emit(A64.Exception(word, Range(e, Imm(o[0]), 0xffff))));
        }
        Add("NOOP", [], (e, _, _) => e.Emit(A64.Nop));
        Add("YIELD", [], (e, _, _) => e.Emit(0xd503203f));
        Add("CLREX", [], (e, _, _) => e.Emit(0xd5033f5f));
        // Zero-width: gc's NOP is a placeholder (NOOP is the hardware nop); PCDATA/FUNCDATA are
        // accepted and ignored until the runtime needs their tables.
        foreach (var name in new[] { "NOP", "PCDATA", "FUNCDATA" }) Add(name, null, (_, _, _) => { });
        Add("PCALIGN", [Const], (e, o, _) =>
        {
            long a = Imm(o[0]);
            if (a < 8 || a > 2048 || (a & (a - 1)) != 0) throw Emitter.Error("alignment value of an instruction must be a power of two and in the range [8, 2048]: " + e.Instr.Text);
            while (e.Code.Offset % a != 0) e.Emit(A64.Nop);
            e.Code.Align = Math.Max(e.Code.Align, (int)a);
        });
        foreach (var (name, op2) in new[] { ("DSB", 4u), ("DMB", 5u), ("ISB", 6u) })
            Add(name, [Const], (e, o, _) => e.Emit(A64.Barrier(op2, Range(e, Imm(o[0]), 15))));
        Add("ISB", [], (e, _, _) => e.Emit(A64.Barrier(6, 15)));
        Add("WORD", [Const], (e, o, _) =>
        {
            long v = Imm(o[0]);
            if (v < int.MinValue || v > uint.MaxValue) throw Emitter.Error("WORD value does not fit in 32 bits: " + e.Instr.Text);
            e.Emit((uint)v);
        });
        Add("UNDEF", [], (e, _, _) => e.Emit(0xbea71700)); // gc's choice of an unallocated encoding
        Add("MRS", [SysReg, Gpr], (e, o, _) => e.Emit(A64.Mrs(SysRegOf(o[0]), R(o[1]))));
        Add("MSR", [Gpr, SysReg], (e, o, _) => e.Emit(A64.Msr(SysRegOf(o[1]), R(o[0]))));
    }

    private static SystemRegister SysRegOf(Operand o)
    {
        SystemRegister.TryParse(((IdentOperand)o).Name, out var sr);
        return sr;
    }

    private static void AddLoadStore()
    {
        var ops = new (string Name, LdStOp Load, LdStOp Store, OpClass RegClass)[]
        {
            ("MOVD", new(3, false, 1), new(3, false, 0), Gpr),
            ("MOVW", new(2, false, 2), new(2, false, 0), Gpr),
            ("MOVWU", new(2, false, 1), new(2, false, 0), Gpr),
            ("MOVH", new(1, false, 2), new(1, false, 0), Gpr),
            ("MOVHU", new(1, false, 1), new(1, false, 0), Gpr),
            ("MOVB", new(0, false, 2), new(0, false, 0), Gpr),
            ("MOVBU", new(0, false, 1), new(0, false, 0), Gpr),
            ("FMOVD", new(3, true, 1), new(3, true, 0), FReg),
            ("FMOVS", new(2, true, 1), new(2, true, 0), FReg),
            ("FMOVQ", new(4, true, 1), new(4, true, 0), FReg),
        };
        foreach (var (name, load, store, rc) in ops)
        {
            Add(name, [Mem, rc], (e, o, s) => LoadStore.Memory(e, load, R(o[1]), M(o[0]), s), writeback: true);
            Add(name, [rc, Mem], (e, o, s) => LoadStore.Memory(e, store, R(o[0]), M(o[1]), s), writeback: true);
            Add(name, [MemIndexed, rc], (e, o, s) => LoadStore.Indexed(e, load, R(o[1]), M(o[0]), s));
            Add(name, [rc, MemIndexed], (e, o, s) => LoadStore.Indexed(e, store, R(o[0]), M(o[1]), s));
            Add(name, [MemSym, rc], (e, o, s) => LoadStore.Symbol(e, load, R(o[1]), M(o[0]), s));
            Add(name, [rc, MemSym], (e, o, s) => LoadStore.Symbol(e, store, R(o[0]), M(o[1]), s));
        }
        var pairs = new (string Load, string Store, uint Opc, bool Vector, int Scale)[]
        {
            ("LDP", "STP", 2, false, 8), ("LDPW", "STPW", 0, false, 4), ("FLDPD", "FSTPD", 1, true, 8), ("FLDPS", "FSTPS", 0, true, 4),
            ("FLDPQ", "FSTPQ", 2, true, 16),
        };
        foreach (var (ld, st, opc, vec, scale) in pairs)
        {
            var lop = new PairOp(opc, vec, true, scale);
            var sop = new PairOp(opc, vec, false, scale);
            Add(ld, [Mem | MemSym, Pair], (e, o, s) => Pairs.Encode(e, lop, (PairOperand)o[1], M(o[0]), s), writeback: true);
            Add(st, [Pair, Mem | MemSym], (e, o, s) => Pairs.Encode(e, sop, (PairOperand)o[0], M(o[1]), s), writeback: true);
        }
        var ldpsw = new PairOp(1, false, true, 4);
        Add("LDPSW", [Mem | MemSym, Pair], (e, o, s) => Pairs.Encode(e, ldpsw, (PairOperand)o[1], M(o[0]), s), writeback: true);

        foreach (var (name, (word, load, hasStatus)) in Opcodes.Exclusive)
        {
            if (load)
                Add(name, [Indirect, Gpr], (e, o, _) => e.Emit(A64.LdStExclusive(word, Reg.ZR, BaseOf(e, o[0]), R(o[1]))));
            else if (!hasStatus)
                Add(name, [Gpr, Indirect], (e, o, _) => e.Emit(A64.LdStExclusive(word, Reg.ZR, BaseOf(e, o[1]), R(o[0]))));
            else
                Add(name, [Gpr, Indirect, Gpr], (e, o, _) => e.Emit(A64.LdStExclusive(word, R(o[2]), BaseOf(e, o[1]), R(o[0]))));
        }
    }

    /// <summary>
    /// The LSE atomics as gc names them: SWP, LDADD, LDCLR, LDEOR, LDOR (LDSET) and CAS, with ordering
    /// "", A (acquire), AL, L (release) and size B, H, W, D; written <c>OP Rs, (Rn), Rt</c>.
    /// </summary>
    private static void AddAtomics()
    {
        (string Size, uint Bits)[] sizes = [("B", 0), ("H", 1), ("W", 2), ("D", 3)];
        (string Order, uint Acquire, uint Release)[] orders = [("", 0, 0), ("A", 1, 0), ("AL", 1, 1), ("L", 0, 1)];
        (string Name, uint O3, uint Opc)[] memOps = [("SWP", 1, 0), ("LDADD", 0, 0), ("LDCLR", 0, 1), ("LDEOR", 0, 2), ("LDOR", 0, 3)];
        foreach (var (size, sz) in sizes)
            foreach (var (order, a, r) in orders)
            {
                foreach (var (name, o3, opc) in memOps)
                {
                    uint word = 0x38200000 | sz << 30 | a << 23 | r << 22 | o3 << 15 | opc << 12;
                    Add(name + order + size, [Gpr, Indirect, Gpr], (e, o, _) => e.Emit(A64.LdStExclusive(word, R(o[0]), BaseOf(e, o[1]), R(o[2]))));
                }
                // CAS: L (bit 22) is acquire, o0 (bit 15) is release.
                uint cas = 0x08a07c00 | sz << 30 | a << 22 | r << 15;
                Add("CAS" + order + size, [Gpr, Indirect, Gpr], (e, o, _) => e.Emit(A64.LdStExclusive(cas, R(o[0]), BaseOf(e, o[1]), R(o[2]))));
            }
    }

    private static Reg BaseOf(Emitter e, Operand o)
    {
        var b = M(o).Base!.Value;
        return b.IsGeneral || b.Kind == RegKind.StackPointer ? b : throw e.Illegal();
    }
}
