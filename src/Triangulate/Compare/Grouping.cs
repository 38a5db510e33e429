namespace Triangulate.Compare;

/// <summary>Builds groups from scored pairs: strongest first, never two items of the same article in one group.</summary>
public static class Grouping
{
    public static List<List<int>> Greedy(int count, IEnumerable<(int A, int B, double Score)> edges, Func<int, int> articleOf)
    {
        var groupOf = new int[count];
        var groups = new List<List<int>>(count);
        for (int i = 0; i < count; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
        }
        foreach (var (a, b, _) in edges.OrderByDescending(e => e.Score).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            int ga = groupOf[a], gb = groupOf[b];
            if (ga == gb) continue;
            var articles = groups[ga].Select(articleOf).ToHashSet();
            if (groups[gb].Any(m => articles.Contains(articleOf(m)))) continue;
            foreach (int m in groups[gb]) groupOf[m] = ga;
            groups[ga].AddRange(groups[gb]);
            groups[gb].Clear();
        }
        return groups.Where(g => g.Count > 0).ToList();
    }
}
