namespace Gosharp.Asm.Model;

/// <summary>The TEXT/GLOBL flags, with the values textflag.h gives them.</summary>
[Flags]
public enum SymbolFlags : long
{
    None = 0,
    NOPROF = 1,
    DUPOK = 2,
    NOSPLIT = 4,
    RODATA = 8,
    NOPTR = 16,
    WRAPPER = 32,
    NEEDCTXT = 64,
    TLSBSS = 256,
    NOFRAME = 512,
    REFLECTMETHOD = 1024,
    TOPFRAME = 2048,
    ABIWRAPPER = 4096,
}

public static class SymbolFlagNames
{
    /// <summary>The value of a flag name usable without including textflag.h; ABI markers are 0.</summary>
    public static ulong? Lookup(string name) => name switch
    {
        "ABI0" or "ABIInternal" => 0,
        _ => Enum.TryParse<SymbolFlags>(name, ignoreCase: false, out var f) && Enum.IsDefined(f) && f != SymbolFlags.None
            ? (ulong)f : null,
    };
}
