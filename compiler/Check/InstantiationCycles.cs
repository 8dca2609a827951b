using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// Rejects generic code whose instantiation would never end (gc: "instantiation cycle"), because
/// gosharp, like gc, compiles each instance separately. F[T] calling F[*T] needs F[int], F[*int],
/// F[**int], ... The check follows how type parameters flow into type arguments:
/// <list type="bullet">
/// <item>each type parameter of the package is a vertex; so is each type declared inside a generic
/// function (it stands for a different type in each instance), with an edge of weight 1 from every
/// type parameter in scope where it is declared;</item>
/// <item>each instantiation X[A] adds, for every type parameter or such local type P that appears in
/// A, an edge P -> X's parameter: weight 0 when A is P itself, 1 when A is built from P (*P, []P, Box[P]).</item>
/// </list>
/// A cycle through a weight-1 edge means ever larger type arguments. Longest paths are relaxed
/// edge by edge (Bellman-Ford in reverse) until nothing changes; a path as long as there are vertices
/// must go round a cycle, which is then reported as gc reports it: at the cycle's type parameter,
/// then one line per step ("T instantiated as *T").
/// </summary>
public sealed partial class Checker
{
    private readonly InstantiationGraph instGraph = new();

    private sealed class InstantiationGraph
    {
        public readonly List<Vertex> Vertices = [];
        public readonly List<Edge> Edges = [];
        public readonly Dictionary<TypeNameObj, int> Index = new(ReferenceEqualityComparer.Instance);
        /// <summary>A method's receiver type parameters stand for its base type's (func (l *List[E]) ...: E is List's T).</summary>
        public readonly Dictionary<TypeParamType, TypeParamType> Canonical = new(ReferenceEqualityComparer.Instance);

        public sealed class Vertex(TypeNameObj obj)
        {
            public TypeNameObj Obj { get; } = obj;
            /// <summary>The heaviest path found to this vertex: its weight, length and last edge.</summary>
            public int Weight, Length, Via = -1;
        }

        public sealed record Edge(int Dst, int Src, int Weight, SourcePos Pos, GoType Type);

        public int VertexOf(TypeNameObj obj)
        {
            if (Index.TryGetValue(obj, out var i)) return i;
            Index[obj] = Vertices.Count;
            Vertices.Add(new Vertex(obj));
            return Vertices.Count - 1;
        }

        public int ParamVertex(TypeParamType tp) => VertexOf((Canonical.GetValueOrDefault(tp) ?? tp).Obj);
    }

    /// <summary>Receiver type parameter <paramref name="recv"/> stands for the base type's <paramref name="base"/>.</summary>
    private void RecordCanonicalTypeParam(TypeParamType recv, TypeParamType @base) => instGraph.Canonical[recv] = @base;

    /// <summary>A type declared inside a generic function depends on the type parameters in scope there.</summary>
    private void RecordLocalType(TypeNameObj tn)
    {
        int v = -1;
        for (var s = scope; s != null; s = s.Parent)
            foreach (var o in s.Objects)
                if (o is TypeNameObj { IsAlias: false, Type: TypeParamType tp } && (o.Pos.Line, o.Pos.Col).CompareTo((tn.Pos.Line, tn.Pos.Col)) < 0)
                {
                    if (v < 0) v = instGraph.VertexOf(tn);
                    instGraph.Edges.Add(new InstantiationGraph.Edge(v, instGraph.ParamVertex(tp), 1, tn.Pos, tp));
                }
    }

    /// <summary>
    /// Records a (verified) instantiation of <paramref name="tparams"/> with <paramref name="targs"/>:
    /// each edge is positioned at its explicit type argument, or at <paramref name="pos"/> when inferred.
    /// </summary>
    private void RecordInstantiation(SourcePos pos, IReadOnlyList<TypeParamType> tparams, IReadOnlyList<GoType> targs, IReadOnlyList<Ast.Expr> xlist)
    {
        for (int i = 0; i < tparams.Count && i < targs.Count; i++)
        {
            var tpar = tparams[i];
            // Instantiation cycles stay inside one package: an imported generic cannot name our types.
            if (tpar.Obj.Pkg != pkg) continue;
            var at = i < xlist.Count ? Ast.AstPositions.StartPos(xlist[i]) : pos;
            var targ = targs[i];
            var dst = instGraph.ParamVertex(tpar);
            void Flow(int src, GoType t) => instGraph.Edges.Add(new InstantiationGraph.Edge(dst, src, ReferenceEquals(t, targ) ? 0 : 1, at, targ));
            void Walk(GoType t)
            {
                switch (t)
                {
                    case TypeParamType tp:
                        if (tp.Obj.Pkg == pkg) Flow(instGraph.ParamVertex(tp), tp);
                        break;
                    case NamedType n:
                        if (instGraph.Index.TryGetValue(n.OriginOrSelf.Obj, out var local)) Flow(local, n);
                        foreach (var a in n.TypeArgs) Walk(a);
                        break;
                    case PointerType p: Walk(p.Elem); break;
                    case SliceType s: Walk(s.Elem); break;
                    case ArrayType a: Walk(a.Elem); break;
                    case ChanType c: Walk(c.Elem); break;
                    case MapType m: Walk(m.Key); Walk(m.Elem); break;
                    case Signature sig:
                        foreach (var v in sig.Params.Vars) Walk(v.Type);
                        foreach (var v in sig.Results.Vars) Walk(v.Type);
                        break;
                    case StructType st:
                        foreach (var f in st.Fields) Walk(f.Type);
                        break;
                    case InterfaceType it:
                        foreach (var m in it.Methods) Walk(m.Type);
                        foreach (var e in it.Embedded) Walk(e);
                        break;
                }
            }
            Walk(targ);
        }
    }

    /// <summary>After all bodies are checked: reports the first instantiation cycle, if any.</summary>
    private void CheckInstantiationCycles()
    {
        var g = instGraph;
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int i = 0; i < g.Edges.Count; i++)
            {
                var e = g.Edges[i];
                var src = g.Vertices[e.Src];
                var dst = g.Vertices[e.Dst];
                int w = src.Weight + e.Weight;
                if (w <= dst.Weight) continue;
                dst.Via = i;
                dst.Length = src.Length + 1;
                if (dst.Length == g.Vertices.Count) { ReportInstantiationCycle(e.Dst); return; }
                dst.Weight = w;
                changed = true;
            }
        }
    }

    private void ReportInstantiationCycle(int v)
    {
        var g = instGraph;
        // The path ends at v but v may only hang off the cycle: walk back to the first vertex seen twice.
        var path = new List<int>();
        var seen = new bool[g.Vertices.Count];
        while (!seen[v])
        {
            seen[v] = true;
            path.Add(v);
            v = g.Edges[g.Vertices[v].Via].Src;
        }
        path = path[path.IndexOf(v)..];
        var msg = new System.Text.StringBuilder("instantiation cycle:");
        foreach (var u in path)
        {
            var e = g.Edges[g.Vertices[u].Via];
            var obj = g.Vertices[e.Dst].Obj;
            var how = obj.Type is TypeParamType ? "instantiated as" : "implicitly parameterized by";
            msg.Append($"\n\t{e.Pos}: {obj.Name} {how} {T(e.Type)}");
        }
        Error(g.Vertices[v].Obj.Pos, msg.ToString());
    }
}
