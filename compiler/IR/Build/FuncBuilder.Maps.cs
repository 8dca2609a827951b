using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.IR.Build;

// Maps: calls into the runtime's hash map (runtime-stubs/runtime/map.go).
public sealed partial class FuncBuilder
{
    private GoVal MakeMap(GoType t, Value hint, SourcePos pos) => throw Unsupported(pos, "maps");

    private Value MapAssignAddr(GoVal m, MapType mt, GoVal key, SourcePos pos) => throw Unsupported(pos, "maps");
}
