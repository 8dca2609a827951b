using System.Text;

namespace Gosharp.Inspect;

/// <summary>Pads tab-separated cells into aligned columns, as gc's objdump does with a tabwriter.</summary>
internal static class Columns
{
    public static void Append(StringBuilder sb, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0) return;
        int n = rows.Max(r => r.Length);
        var width = new int[n];
        foreach (var r in rows)
            for (int i = 0; i < r.Length - 1; i++) width[i] = Math.Max(width[i], r[i].Length);
        foreach (var r in rows)
        {
            for (int i = 0; i < r.Length; i++)
            {
                sb.Append(r[i]);
                if (i < r.Length - 1) sb.Append(' ', width[i] - r[i].Length + 1);
            }
            sb.Append('\n');
        }
    }
}
