using System.Buffers.Binary;
using System.Text;

namespace Gosharp.Linker.Layout;

/// <summary>
/// The <c>.note.go.buildid</c> note gc writes at the start of the text segment, which <c>go tool buildid</c>
/// reads: an ELF note with owner "Go", type 4, and the build id as its description.
/// </summary>
public static class BuildIdNote
{
    public const string SectionName = ".note.go.buildid";
    public const uint GoBuildIdTag = 4;

    public static byte[] Build(string buildId)
    {
        var name = "Go\0\0"u8; // gc records namesz 4, NULs included
        var desc = Encoding.UTF8.GetBytes(buildId);
        static int Pad4(int n) => (n + 3) & ~3;
        var note = new byte[12 + Pad4(name.Length) + Pad4(desc.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(note, (uint)name.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(note.AsSpan(4), (uint)desc.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(note.AsSpan(8), GoBuildIdTag);
        name.CopyTo(note.AsSpan(12));
        desc.CopyTo(note.AsSpan(12 + Pad4(name.Length)));
        return note;
    }
}
