using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// The min and max built-ins (Go 1.21) on values that are not constants, as generic code uses them on
// T: integers and strings by comparison; floats with the spec's rules, a NaN argument making the
// result NaN and negative zero counting as less than positive zero.
public sealed partial class FuncBuilder
{
    private GoVal MinMax(Ast.CallExpr call, bool isMin)
    {
        var pos = call.Pos;
        var t = info.TypeOf(call)!.Type;
        var parts = TypeParts.Of(t) ?? throw Unsupported(pos, $"{(isMin ? "min" : "max")} of {t}");
        var key = new object();
        void Set(GoVal v) { for (int i = 0; i < parts.Length; i++) vars.Write((key, i), cur!, v.Parts![i], parts[i]); }
        GoVal Get() => new(t, [.. parts.Select((_, i) => vars.Read((key, i), cur!, pos))], null);
        var better = isMin ? Ast.Operator.Lss : Ast.Operator.Gtr;
        var isFloat = Predicates.IsFloat(t);
        // All arguments first (min(f()) spreads f's results); comparing them has no side effects.
        var args = BuiltinArgs(call);
        Set(Convert(args[0], t, pos));
        for (int k = 1; k < args.Count; k++)
        {
            var y = Convert(args[k], t, pos);
            var m = Get();
            var take = NewBlock();
            var keep = NewBlock();
            var done = NewBlock();
            if (!isFloat) Branch(Compare(better, y, m, t, pos), take, keep);
            else
            {
                // y NaN: y. m NaN: m. Then the better one; equal values differ only for ±0, told apart by 1/y's sign.
                var mNaN = NewBlock();
                var cmp = NewBlock();
                var eq = NewBlock();
                var zeros = NewBlock();
                Branch(Compare(Ast.Operator.Neq, y, y, t, pos), take, mNaN);
                StartBlock(mNaN);
                Branch(Compare(Ast.Operator.Neq, m, m, t, pos), keep, cmp);
                StartBlock(cmp);
                Branch(Compare(better, y, m, t, pos), take, eq);
                StartBlock(eq);
                Branch(Compare(Ast.Operator.Eql, y, m, t, pos), zeros, keep);
                StartBlock(zeros);
                var one = ConstPart(parts[0], parts[0] == IrType.F32 ? BitConverter.SingleToInt32Bits(1f) : BitConverter.DoubleToInt64Bits(1.0), pos);
                var inv = BinaryValues(Ast.Operator.Div, new GoVal(t, [one], null), y, t, pos, t);
                Branch(Compare(better, inv, new GoVal(t, [ConstPart(parts[0], 0, pos)], null), t, pos), take, keep);
            }
            StartBlock(take);
            Set(y);
            Jump(done);
            StartBlock(keep);
            Jump(done);
            StartBlock(done);
        }
        return Get();
    }
}
