using System.Collections.Immutable;
using System.Text;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// Dumps a tree as indented text, one node per line: <c>Kind @line:col attributes</c>, then its
/// children, each labelled with its field name. Used by tests and for debugging. It works with an
/// explicit stack: real trees can be thousands of levels deep (a long string concatenation is a
/// left-nested chain of Operations, e.g. 7000 in time/tzdata/zipdata.go).
/// </summary>
public static class AstPrinter
{
    public static string Print(Node node)
    {
        var p = new Printer();
        p.Run(node);
        return p.ToString();
    }

    private sealed class Printer
    {
        private readonly StringBuilder sb = new();
        private readonly Dictionary<Group, int> groups = new(ReferenceEqualityComparer.Instance);

        // A node to print, or (Node null, Text set) a line of text.
        private readonly record struct Item(string? Label, Node? Node, int Depth, string? Text);

        private readonly Stack<Item> work = new();
        private readonly List<Item> children = [];

        public override string ToString() => sb.ToString();

        public void Run(Node root)
        {
            work.Push(new Item(null, root, 0, null));
            while (work.Count > 0)
            {
                var item = work.Pop();
                if (item.Text != null)
                {
                    Line(item.Depth, item.Label, item.Text);
                    continue;
                }
                children.Clear();
                Visit(item.Label, item.Node, item.Depth);
                for (int i = children.Count - 1; i >= 0; i--) work.Push(children[i]);
            }
        }

        private void Node(string? label, Node? n, int depth) => children.Add(new Item(label, n, depth, null));

        private static string At(SourcePos pos) => $"@{pos.Line}:{pos.Col}";

        private void Line(int depth, string? label, string text)
        {
            sb.Append(' ', depth * 2);
            if (label != null) sb.Append(label).Append(": ");
            sb.Append(text).Append('\n');
        }

        private void Pragmas(int depth, string label, ImmutableArray<Pragma> pragmas)
        {
            foreach (var pr in pragmas)
                children.Add(new Item(label, null, depth, $"Pragma {At(pr.Pos)} {pr.Text}{(pr.OwnLine ? "" : " (not on its own line)")}"));
        }

        private void List<T>(int depth, string label, ImmutableArray<T> nodes) where T : Node?
        {
            for (int i = 0; i < nodes.Length; i++) Node($"{label}[{i}]", nodes[i], depth);
        }

        // Groups are numbered in order of appearance in the dump.
        private string Group(Group? g, int iota = -1)
        {
            if (g == null) return "";
            if (!groups.TryGetValue(g, out int n)) groups[g] = n = groups.Count;
            return iota >= 0 ? $" group#{n} iota={iota}" : $" group#{n}";
        }

        // Prints the node's line and queues its children.
        private void Visit(string? label, Node? n, int depth)
        {
            if (n == null) { Line(depth, label, "nil"); return; }
            string head = $"{n.GetType().Name} {At(n.Pos)}";
            int d = depth + 1;
            switch (n)
            {
                case File f:
                    Line(depth, label, $"File {f.Pos.File} {At(f.Pos)} eof={At(f.EOF)}");
                    Pragmas(d, "Pragma", f.Pragmas);
                    Node("PkgName", f.PkgName, d);
                    List(d, "Decls", f.Decls);
                    Pragmas(d, "Linkname", f.Linknames);
                    Pragmas(d, "Unused", f.UnusedPragmas);
                    break;
                case ImportDecl x:
                    Line(depth, label, head + Group(x.Group));
                    Pragmas(d, "Pragma", x.Pragmas);
                    if (x.LocalName != null) Node("LocalName", x.LocalName, d);
                    Node("Path", x.Path, d);
                    break;
                case ConstDecl x:
                    Line(depth, label, head + Group(x.Group, x.Iota));
                    Pragmas(d, "Pragma", x.Pragmas);
                    List(d, "Names", x.Names);
                    if (x.Type != null) Node("Type", x.Type, d);
                    List(d, "Values", x.Values);
                    break;
                case TypeDecl x:
                    Line(depth, label, head + Group(x.Group) + (x.IsAlias ? " alias" : ""));
                    Pragmas(d, "Pragma", x.Pragmas);
                    Node("Name", x.Name, d);
                    List(d, "TypeParams", x.TypeParams);
                    Node("Type", x.Type, d);
                    break;
                case VarDecl x:
                    Line(depth, label, head + Group(x.Group));
                    Pragmas(d, "Pragma", x.Pragmas);
                    List(d, "Names", x.Names);
                    if (x.Type != null) Node("Type", x.Type, d);
                    List(d, "Values", x.Values);
                    break;
                case FuncDecl x:
                    Line(depth, label, head);
                    Pragmas(d, "Pragma", x.Pragmas);
                    if (x.Recv != null) Node("Recv", x.Recv, d);
                    Node("Name", x.Name, d);
                    List(d, "TypeParams", x.TypeParams);
                    Node("Type", x.Type, d);
                    if (x.Body != null) Node("Body", x.Body, d);
                    break;

                case BadExpr:
                    Line(depth, label, head);
                    break;
                case Name x:
                    Line(depth, label, $"{head} {x.Value}");
                    break;
                case BasicLit x:
                    Line(depth, label, $"{head} {x.Kind} {x.Value}{(x.Bad ? " (bad)" : "")}");
                    break;
                case CompositeLit x:
                    Line(depth, label, $"{head} nkeys={x.NKeys} rbrace={At(x.Rbrace)}");
                    if (x.Type != null) Node("Type", x.Type, d);
                    List(d, "Elems", x.Elems);
                    break;
                case KeyValueExpr x:
                    Line(depth, label, head);
                    Node("Key", x.Key, d);
                    Node("Value", x.Value, d);
                    break;
                case FuncLit x:
                    Line(depth, label, head);
                    Node("Type", x.Type, d);
                    Node("Body", x.Body, d);
                    break;
                case ParenExpr x:
                    Line(depth, label, head);
                    Node("X", x.X, d);
                    break;
                case SelectorExpr x:
                    Line(depth, label, head);
                    Node("X", x.X, d);
                    Node("Sel", x.Sel, d);
                    break;
                case IndexExpr x:
                    Line(depth, label, head);
                    Node("X", x.X, d);
                    Node("Index", x.Index, d);
                    break;
                case SliceExpr x:
                    Line(depth, label, head + (x.Full ? " full" : ""));
                    Node("X", x.X, d);
                    Node("Low", x.Low, d);
                    Node("High", x.High, d);
                    if (x.Full) Node("Max", x.Max, d);
                    break;
                case AssertExpr x:
                    Line(depth, label, head);
                    Node("X", x.X, d);
                    Node("Type", x.Type, d);
                    break;
                case TypeSwitchGuard x:
                    Line(depth, label, head);
                    if (x.Lhs != null) Node("Lhs", x.Lhs, d);
                    Node("X", x.X, d);
                    break;
                case Operation x:
                    Line(depth, label, $"{head} {x.Op}");
                    Node("X", x.X, d);
                    if (x.Y != null) Node("Y", x.Y, d);
                    break;
                case CallExpr x:
                    Line(depth, label, head + (x.HasDots ? " ..." : ""));
                    Node("Fun", x.Fun, d);
                    List(d, "Args", x.Args);
                    break;
                case ListExpr x:
                    Line(depth, label, head);
                    List(d, "Elems", x.Elems);
                    break;
                case ArrayType x:
                    Line(depth, label, head + (x.Len == null ? " [...]" : ""));
                    if (x.Len != null) Node("Len", x.Len, d);
                    Node("Elem", x.Elem, d);
                    break;
                case SliceType x:
                    Line(depth, label, head);
                    Node("Elem", x.Elem, d);
                    break;
                case DotsType x:
                    Line(depth, label, head);
                    Node("Elem", x.Elem, d);
                    break;
                case StructType x:
                    Line(depth, label, head);
                    for (int i = 0; i < x.Fields.Length; i++)
                    {
                        Node($"Fields[{i}]", x.Fields[i], d);
                        if (x.Tags[i] is { } tag) Node("Tag", tag, d + 1);
                    }
                    break;
                case Field x:
                    Line(depth, label, head);
                    if (x.Name != null) Node("Name", x.Name, d);
                    Node("Type", x.Type, d);
                    break;
                case InterfaceType x:
                    Line(depth, label, head);
                    List(d, "Methods", x.Methods);
                    break;
                case FuncType x:
                    Line(depth, label, head);
                    List(d, "Params", x.Params);
                    List(d, "Results", x.Results);
                    break;
                case MapType x:
                    Line(depth, label, head);
                    Node("Key", x.Key, d);
                    Node("Value", x.Value, d);
                    break;
                case ChanType x:
                    Line(depth, label, $"{head} {x.Dir}");
                    Node("Elem", x.Elem, d);
                    break;

                case EmptyStmt:
                    Line(depth, label, head);
                    break;
                case LabeledStmt x:
                    Line(depth, label, head);
                    Node("Label", x.Label, d);
                    Node("Stmt", x.Stmt, d);
                    break;
                case BlockStmt x:
                    Line(depth, label, $"{head} rbrace={At(x.Rbrace)}");
                    List(d, "Stmts", x.Stmts);
                    break;
                case ExprStmt x:
                    Line(depth, label, head);
                    Node("X", x.X, d);
                    break;
                case SendStmt x:
                    Line(depth, label, head);
                    Node("Chan", x.Chan, d);
                    Node("Value", x.Value, d);
                    break;
                case DeclStmt x:
                    Line(depth, label, head);
                    List(d, "Decls", x.Decls);
                    break;
                case AssignStmt x:
                    Line(depth, label, head + (x.Op != Operator.None ? $" {x.Op}" : "") + (x.IsDefine ? " define" : "") + (x.IsIncDec ? " incdec" : ""));
                    List(d, "Lhs", x.Lhs);
                    List(d, "Rhs", x.Rhs);
                    break;
                case BranchStmt x:
                    Line(depth, label, $"{head} {x.Tok.Text()}");
                    if (x.Label != null) Node("Label", x.Label, d);
                    break;
                case CallStmt x:
                    Line(depth, label, $"{head} {x.Tok.Text()}");
                    Node("Call", x.Call, d);
                    break;
                case ReturnStmt x:
                    Line(depth, label, head);
                    List(d, "Results", x.Results);
                    break;
                case IfStmt x:
                    Line(depth, label, head);
                    if (x.Init != null) Node("Init", x.Init, d);
                    Node("Cond", x.Cond, d);
                    Node("Then", x.Then, d);
                    if (x.Else != null) Node("Else", x.Else, d);
                    break;
                case ForStmt x:
                    Line(depth, label, head);
                    if (x.Init != null) Node("Init", x.Init, d);
                    if (x.Cond != null) Node("Cond", x.Cond, d);
                    if (x.Post != null) Node("Post", x.Post, d);
                    Node("Body", x.Body, d);
                    break;
                case RangeClause x:
                    Line(depth, label, head + (x.IsDefine ? " define" : ""));
                    List(d, "Lhs", x.Lhs);
                    Node("X", x.X, d);
                    break;
                case SwitchStmt x:
                    Line(depth, label, $"{head} rbrace={At(x.Rbrace)}");
                    if (x.Init != null) Node("Init", x.Init, d);
                    if (x.Tag != null) Node("Tag", x.Tag, d);
                    List(d, "Body", x.Body);
                    break;
                case SelectStmt x:
                    Line(depth, label, $"{head} rbrace={At(x.Rbrace)}");
                    List(d, "Body", x.Body);
                    break;
                case CaseClause x:
                    Line(depth, label, $"{head}{(x.IsDefault ? " default" : "")} colon={At(x.Colon)}");
                    List(d, "Cases", x.Cases);
                    List(d, "Body", x.Body);
                    break;
                case CommClause x:
                    Line(depth, label, $"{head}{(x.Comm == null ? " default" : "")} colon={At(x.Colon)}");
                    if (x.Comm != null) Node("Comm", x.Comm, d);
                    List(d, "Body", x.Body);
                    break;
                default:
                    throw new InvalidOperationException("AstPrinter: unknown node " + n.GetType().Name);
            }
        }
    }
}
