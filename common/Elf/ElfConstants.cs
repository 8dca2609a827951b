namespace Gosharp.Common.Elf;

// The numbers of the ELF64 format (System V gABI) and its AArch64 supplement (ELF for the Arm
// 64-bit Architecture, "aaelf64") that gosharp's assembler and linker write and read.

public enum ElfType : ushort { None = 0, Rel = 1, Exec = 2, Dyn = 3 }

public static class ElfMachine
{
    public const ushort AArch64 = 183;
}

public enum SectionType : uint
{
    Null = 0, ProgBits = 1, SymTab = 2, StrTab = 3, Rela = 4, Hash = 5, Dynamic = 6, Note = 7,
    NoBits = 8, Rel = 9, DynSym = 11, InitArray = 14, FiniArray = 15, Group = 17, SymTabShndx = 18,
}

[Flags]
public enum SectionFlags : ulong
{
    None = 0, Write = 0x1, Alloc = 0x2, ExecInstr = 0x4, Merge = 0x10, Strings = 0x20, InfoLink = 0x40,
    Group = 0x200, Tls = 0x400,
}

public enum SymbolBinding : byte { Local = 0, Global = 1, Weak = 2 }

public enum SymbolType : byte { NoType = 0, Object = 1, Func = 2, Section = 3, File = 4, Common = 5, Tls = 6 }

public static class SectionIndex
{
    public const ushort Undef = 0;
    public const ushort Abs = 0xfff1;
    public const ushort Common = 0xfff2;
    public const ushort XIndex = 0xffff;
}

public enum SegmentType : uint { Null = 0, Load = 1, Dynamic = 2, Interp = 3, Note = 4, Phdr = 6, Tls = 7, GnuStack = 0x6474e551 }

[Flags]
public enum SegmentFlags : uint { None = 0, X = 1, W = 2, R = 4 }

/// <summary>AArch64 relocation types (aaelf64, section 5.7), those static non-PIC code uses.</summary>
public enum RelocType : uint
{
    None = 0,
    Abs64 = 257, Abs32 = 258, Abs16 = 259,
    Prel64 = 260, Prel32 = 261, Prel16 = 262,
    MovwUabsG0 = 263, MovwUabsG0Nc = 264, MovwUabsG1 = 265, MovwUabsG1Nc = 266,
    MovwUabsG2 = 267, MovwUabsG2Nc = 268, MovwUabsG3 = 269,
    LdPrelLo19 = 273, AdrPrelLo21 = 274, AdrPrelPgHi21 = 275, AdrPrelPgHi21Nc = 276,
    AddAbsLo12Nc = 277, Ldst8AbsLo12Nc = 278,
    TstBr14 = 279, CondBr19 = 280, Jump26 = 282, Call26 = 283,
    Ldst16AbsLo12Nc = 284, Ldst32AbsLo12Nc = 285, Ldst64AbsLo12Nc = 286, Ldst128AbsLo12Nc = 299,
    /// <summary>MOVZ of a thread-local symbol's offset from the thread pointer (local exec), checked to fit 16 bits.</summary>
    TlsleMovwTprelG0 = 547,
}
