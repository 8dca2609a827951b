using Gosharp.Common.Diagnostics;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>
/// Corrupt or truncated inputs must give a <see cref="UserError"/> naming the file (and the archive
/// member), never another exception: archives cut short, archives whose member is damaged, and an
/// object (made by GNU as, with relocations, data and debug sections) truncated at every length and
/// with each byte of its headers damaged in turn. A damaged byte may still leave a linkable object;
/// then the link succeeds or fails with a user error, but nothing else.
/// </summary>
public class CorruptInputTests
{
    private const string Program = """
            .section .text._rt0_arm64_linux,"ax",%progbits
            .globl _rt0_arm64_linux
            .type _rt0_arm64_linux, %function
        _rt0_arm64_linux:
            .loc 1 3 0
            adrp x1, msg
            add x1, x1, :lo12:msg
            bl helper
            mov x0, #0
            mov x8, #94
            svc #0
            .size _rt0_arm64_linux, . - _rt0_arm64_linux

            .section .text.helper,"ax",%progbits
            .type helper, %function
        helper:
            .loc 1 9 0
            ldr x2, [x1, #:lo12:count]
            ret
            .size helper, . - helper

            .section .rodata.msg,"a",%progbits
        msg: .ascii "hi"
            .section .data.count,"aw",%progbits
            .balign 8
        count: .xword msg
        """;

    private static string Object(Toolchain t) =>
        t.Assemble("prog", "    .file 1 \"prog.go\"\n" + Program);

    [Theory]
    [InlineData("cut in the member header")]
    [InlineData("cut in the member")]
    [InlineData("damaged member")]
    public void BadArchivesAreUserErrorsNamingTheFile(string kind)
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var good = t.Archive("main", Object(t));
        var bytes = File.ReadAllBytes(good);
        var bad = dir.File("bad.a");
        int member = bytes.AsSpan().IndexOf("prog.o/"u8);
        Assert.True(member > 0);
        switch (kind)
        {
            case "cut in the member header": File.WriteAllBytes(bad, bytes[..(member + 30)]); break;
            case "cut in the member": File.WriteAllBytes(bad, bytes[..(member + 60 + 100)]); break;
            default:
                bytes[member + 60 + 4] = 9; // ELF class: neither 32 nor 64 bits
                File.WriteAllBytes(bad, bytes);
                break;
        }
        var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = bad }));
        Assert.StartsWith(kind == "damaged member" ? $"{bad}(prog.o): " : $"{bad}", e.Message);
    }

    [Fact]
    public void TruncatedObjectsAtEveryLengthAreUserErrors()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var obj = File.ReadAllBytes(Object(t));
        var main = t.Archive("empty");
        var bad = dir.File("cut.o");
        for (int n = 0; n < obj.Length; n += 3)
        {
            File.WriteAllBytes(bad, obj[..n]);
            var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, ExtraObjects = [bad] }));
            Assert.True(e.Message.StartsWith(bad, StringComparison.Ordinal), $"length {n}: {e.Message}");
        }
    }

    [Fact]
    public void DamagedHeaderBytesGiveAUserErrorOrALink()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var path = Object(t);
        var obj = File.ReadAllBytes(path);
        var main = t.Archive("empty");
        var bad = dir.File("bad.o");
        // The ELF header, the section header table and the symbol and relocation tables.
        var offsets = Enumerable.Range(0, 64).ToList();
        long shoff = BitConverter.ToInt64(obj, 0x28);
        for (int i = (int)shoff; i < obj.Length; i += 3) offsets.Add(i);
        foreach (var section in new[] { ".symtab", ".rela.text._rt0_arm64_linux", ".rela.data.count", ".debug_line" })
        {
            var (off, size) = SectionRange(path, section);
            for (int i = off; i < off + size; i += 2) offsets.Add(i);
        }
        int userErrors = 0, links = 0;
        foreach (int i in offsets.Distinct())
            foreach (byte flip in new byte[] { 0xff, 0x80 })
            {
                var copy = (byte[])obj.Clone();
                copy[i] ^= flip;
                File.WriteAllBytes(bad, copy);
                try
                {
                    Linker.Link(new LinkOptions { MainArchive = main, ExtraObjects = [bad] });
                    links++;
                }
                catch (UserError) { userErrors++; }
                catch (Exception e)
                {
                    Assert.Fail($"byte {i} ^ 0x{flip:x2}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
            }
        Assert.True(userErrors > 0 && links > 0, $"{userErrors} user errors, {links} links");
    }

    private static (int Off, int Size) SectionRange(string obj, string name)
    {
        foreach (var line in Toolchain.Readelf("-S", "-W", obj).Split('\n'))
        {
            var f = line.Replace("[ ", "[").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 5 && f[1] == name) return (Convert.ToInt32(f[4], 16), Convert.ToInt32(f[5], 16));
        }
        throw new InvalidOperationException($"no section {name} in {obj}");
    }
}
