namespace Gosharp.Linker.Input;

/// <summary>The DWARF sections the linker reads from objects or writes to the executable.</summary>
public static class DebugSectionNames
{
    public const string Line = ".debug_line";
    public const string Frame = ".debug_frame";
    public const string Info = ".debug_info";
    public const string Abbrev = ".debug_abbrev";
    public const string Ranges = ".debug_ranges";
}
