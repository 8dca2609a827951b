using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Types;

/// <summary>A package as the checker sees it: its path, name and package-level scope.</summary>
public sealed class PackageInfo(string path, string name)
{
    public string Path { get; } = path;
    public string Name { get; set; } = name;
    public Scope Scope { get; } = new(Universe.Scope, "package " + path);
    /// <summary>Packages this one imports, by path.</summary>
    public List<PackageInfo> Imports { get; } = [];
    /// <summary>For an imported package: set once its own export data has been read (not only referenced from another's).</summary>
    public bool Complete { get; set; }
    /// <summary>
    /// Source files holding the package's generic declarations (name and text), so importers can
    /// type-check and instantiate their bodies. Set by the checker's caller for the package being
    /// compiled, and by the importer from export data.
    /// </summary>
    public List<SourceFile> GenericSources { get; } = [];
    public override string ToString() => Path;
}

/// <summary>A Go source file's name and text.</summary>
public sealed record SourceFile(string Name, string Text);

/// <summary>A named language entity: variable, constant, type name, function, package name, builtin, label, nil.</summary>
public abstract class GoObject(string name, SourcePos pos, PackageInfo? pkg, GoType type)
{
    public string Name { get; } = name;
    public SourcePos Pos { get; } = pos;
    public PackageInfo? Pkg { get; } = pkg;
    public GoType Type { get; set; } = type;
    /// <summary>The scope the object was declared in (null for fields and methods).</summary>
    public Scope? Parent { get; set; }

    public bool Exported => Name.Length > 0 && char.IsUpper(Name[0]);

    /// <summary>Whether two objects' names are in the same name space: exported names always, unexported ones within one package.</summary>
    public bool SamePackageScope(GoObject other) => Exported || other.Exported ? Name == other.Name : Name == other.Name && Pkg == other.Pkg;

    /// <summary>The name qualified by package path, as symbols use it: main.f.</summary>
    public string FullName => Pkg == null ? Name : $"{Pkg.Path}.{Name}";

    public override string ToString() => $"{GetType().Name} {FullName}";
}

public sealed class VarObj(string name, SourcePos pos, PackageInfo? pkg, GoType type) : GoObject(name, pos, pkg, type)
{
    public bool IsField { get; init; }
    public bool Embedded { get; init; }
    public bool IsParam { get; init; }
    public bool IsGlobal { get; init; }
    /// <summary>For a field or parameter of an instantiated generic type or function: the generic one it was made from.</summary>
    public VarObj? Origin { get; init; }
    /// <summary>Set by the checker when the variable is read (for "declared and not used").</summary>
    public bool Used { get; set; }
    /// <summary>Set when &amp;v is taken (explicitly or by a method call with a pointer receiver): it then lives in memory.</summary>
    public bool AddressTaken { get; set; }
    /// <summary>Set when a function literal refers to the variable (it is then shared with the closure).</summary>
    public bool Captured { get; set; }
}

public sealed class ConstObj(string name, SourcePos pos, PackageInfo? pkg, GoType type, Constants.ConstValue value) : GoObject(name, pos, pkg, type)
{
    public Constants.ConstValue Value { get; set; } = value;
}

public sealed class TypeNameObj(string name, SourcePos pos, PackageInfo? pkg, GoType type) : GoObject(name, pos, pkg, type)
{
    public bool IsAlias { get; set; }
    /// <summary>
    /// For a type declared inside a function: its number among the package's local types (1, 2, ...),
    /// so that two local types named T get distinct symbols (main.T·1, main.T·2); 0 at package level.
    /// </summary>
    public int LocalIndex { get; init; }
    /// <summary>The name of a type parameter.</summary>
    public bool IsTypeParam => Type is TypeParamType;
}

public enum FuncAbi { Internal, Stack }

public sealed class FuncObj(string name, SourcePos pos, PackageInfo? pkg, Signature type) : GoObject(name, pos, pkg, type)
{
    public Signature Signature => (Signature)Type;
    /// <summary>A declaration without a body is implemented in assembly with the stack-based convention (gc's ABI0).</summary>
    public FuncAbi Abi { get; set; } = FuncAbi.Internal;
    public bool HasBody { get; set; } = true;
    public bool NoInline { get; set; }
    public bool NoSplit { get; set; }
    /// <summary>//go:linkname local target: the symbol the function is known as.</summary>
    public string? LinkName { get; set; }
    /// <summary>For a method of an instantiated generic type (or an interface method after substitution): the generic method.</summary>
    public FuncObj? Origin { get; init; }
    /// <summary>A method (declared with a receiver, or an interface method).</summary>
    public bool IsMethod => Signature.Recv != null;
    /// <summary>A generic function or a method of a generic type (only its instances are code).</summary>
    public bool IsGeneric => Signature.TypeParams.Length > 0 || Signature.RecvTypeParams.Length > 0;

    /// <summary>The symbol name: pkg.f, pkg.T.m, pkg.(*T).m; or the //go:linkname target.</summary>
    public string LinkSymbol
    {
        get
        {
            if (LinkName != null) return LinkName;
            var recv = Signature.Recv;
            if (recv == null) return FullName;
            var (named, ptr) = Receiver(recv.Type);
            var tname = named == null ? "?" : IR.Build.TypeNames.SymbolName(named);
            return ptr ? $"{Pkg?.Path}.(*{tname}).{Name}" : $"{Pkg?.Path}.{tname}.{Name}";
        }
    }

    private static (NamedType?, bool) Receiver(GoType t) => t switch
    {
        PointerType p => (p.Elem as NamedType, true),
        NamedType n => (n, false),
        _ => (null, false),
    };
}

public sealed class PkgNameObj(string name, SourcePos pos, PackageInfo? pkg, PackageInfo imported) : GoObject(name, pos, pkg, Universe.Invalid)
{
    public PackageInfo Imported { get; } = imported;
    public bool Used { get; set; }
}

public enum BuiltinId
{
    Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real, Recover,
    UnsafeAdd, UnsafeAlignof, UnsafeOffsetof, UnsafeSizeof, UnsafeSlice, UnsafeSliceData, UnsafeString, UnsafeStringData,
}

public sealed class BuiltinObj(string name, BuiltinId id, PackageInfo? pkg = null) : GoObject(name, default, pkg, Universe.Invalid)
{
    public BuiltinId Id { get; } = id;
}

public sealed class NilObj() : GoObject("nil", default, null, Universe.UntypedNil);

public sealed class LabelObj(string name, SourcePos pos) : GoObject(name, pos, null, Universe.Invalid)
{
    public bool Used { get; set; }
}
