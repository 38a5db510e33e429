using System.Globalization;
using System.Text;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Report;

/// <summary>
/// The story as Markdown for reading: the brief first, then open conflicts, claims (most corroborated
/// first, single-source grouped by outlet), quotes with their fidelity, entities, numbers and dates, and
/// the sources. Articles are cited as [n], numbered in story order in the Sources table.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Single-source claims listed per article before the rest is summarised as a count.</summary>
    public const int SingleSourcePerArticle = 8;

    public static string Write(StoryAnalysis story, IReadOnlyList<InputError> errors)
    {
        var refs = story.Docs.Select((d, i) => (d.Id, N: i + 1)).ToDictionary(x => x.Id, x => x.N, StringComparer.Ordinal);
        string Cite(IEnumerable<string> ids) => CitationList(ids.Select(id => refs[id]));
        var sb = new StringBuilder();

        sb.AppendLine($"# {Escape(story.Brief?.Headline ?? "Story")}").AppendLine();
        int independent = story.IndependentArticles.Count();
        sb.Append($"{story.Docs.Length} article{Plural(story.Docs.Length)} from {story.Docs.Select(d => d.Article.Source).Distinct().Count()} outlet{Plural(story.Docs.Select(d => d.Article.Source).Distinct().Count())}, {independent} independent");
        var dates = story.Docs.Select(d => d.Article.Published).OfType<DateTimeOffset>().ToList();
        if (dates.Count > 0) sb.Append($" · {Date(dates.Min())} – {Date(dates.Max())}");
        sb.AppendLine(".").AppendLine();
        foreach (var notice in story.Notices) sb.AppendLine($"> Note: {Escape(notice)}").AppendLine();

        if (story.Brief is { } brief && brief.Paragraphs.Length > 0)
        {
            sb.AppendLine("## Brief").AppendLine();
            foreach (var paragraph in brief.Paragraphs)
                sb.AppendLine(string.Join(" ", paragraph.Select(s => $"{Escape(s.Text)} {Cite(s.Citations.Select(c => c.ArticleId))}"))).AppendLine();
        }

        var conflicts = story.Claims.Where(c => c.Status == ClaimStatus.Conflicting).ToList();
        if (conflicts.Count > 0)
        {
            sb.AppendLine($"## Open conflicts ({conflicts.Count})").AppendLine();
            foreach (var c in conflicts)
            {
                foreach (var d in c.Differences.Where(d => d.IsConflict))
                    sb.AppendLine($"- **{Capital(JsonReport.DifferenceName(d.Kind))}** ({c.Id}): {Escape(d.Description)}");
                // Each distinct wording once, with every article that uses it.
                foreach (var wording in c.Members.GroupBy(m => m.Text, StringComparer.Ordinal))
                    sb.AppendLine($"  - {Cite(wording.Select(m => m.ArticleId))} “{Escape(BriefBuilder.Shorten(wording.Key, 220))}”{(wording.All(m => m.Independent) ? "" : " *(includes derived)*")}");
            }
            sb.AppendLine();
        }

        var corroborated = story.Claims.Where(c => c.Status == ClaimStatus.Corroborated).ToList();
        var single = story.Claims.Where(c => c.Status == ClaimStatus.SingleSource).ToList();
        sb.AppendLine("## Claims").AppendLine();
        sb.AppendLine($"### Corroborated ({corroborated.Count})").AppendLine();
        if (corroborated.Count == 0) sb.AppendLine("No statement is made by two independent articles.");
        foreach (var c in corroborated)
        {
            sb.AppendLine($"- **{c.IndependentSources} sources** {Cite(c.Members.Select(m => m.ArticleId))} {Escape(BriefBuilder.Shorten(c.Members[0].Text, 240))}");
            foreach (var d in c.Differences) sb.AppendLine($"  - *{JsonReport.DifferenceName(d.Kind)}*: {Escape(d.Description)}");
        }
        sb.AppendLine();
        sb.AppendLine($"### Single-source ({single.Count})").AppendLine();
        foreach (var doc in story.Docs)
        {
            var own = single.Where(c => c.Members.Any(m => m.ArticleId == doc.Id && m.Independent)).ToList();
            if (own.Count == 0) continue;
            sb.AppendLine($"- {Cite([doc.Id])} **{Escape(doc.Article.Source)}**");
            foreach (var c in own.Take(SingleSourcePerArticle))
                sb.AppendLine($"  - {Escape(BriefBuilder.Shorten(c.Members.First(m => m.ArticleId == doc.Id).Text, 200))}{(c.Members.Length > 1 ? $" (also in derived {Cite(c.Members.Where(m => !m.Independent).Select(m => m.ArticleId))})" : "")}");
            if (own.Count > SingleSourcePerArticle) sb.AppendLine($"  - … and {own.Count - SingleSourcePerArticle} more (see the JSON report)");
        }
        sb.AppendLine();

        if (story.Quotes.Length > 0)
        {
            sb.AppendLine("## Quotes").AppendLine();
            foreach (var q in story.Quotes)
            {
                sb.AppendLine($"### {q.Id} · {Escape(q.Speaker ?? "speaker unknown")} · {JsonReport.FidelityName(q.Verdict)}").AppendLine();
                foreach (var m in q.Members)
                {
                    string note = m.ArticleId == q.ReferenceArticle && q.Members.Length > 1 ? "reference" : JsonReport.FidelityName(m.Fidelity);
                    string change = m.Added.IsEmpty && m.Removed.IsEmpty ? "" :
                        $" ({string.Join(" ", m.Removed.Take(8).Select(w => "−" + w).Concat(m.Added.Take(8).Select(w => "+" + w)))})";
                    sb.AppendLine($"> {Cite([m.ArticleId])} “{Escape(m.Text)}” — *{note}*{Escape(change)}  ");
                }
                sb.AppendLine();
            }
        }

        if (story.Entities.Length > 0)
        {
            sb.AppendLine("## Entities").AppendLine();
            sb.AppendLine("| Name | Type | Title or role | Also written | Articles |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var e in story.Entities)
            {
                var other = e.Forms.Select(f => f.Text).Where(f => f != e.Name).Take(5);
                sb.AppendLine($"| {Cell(e.Name)} | {JsonReport.TypeName(e.Type)} | {Cell(string.Join("; ", e.Titles.Take(3)))} | {Cell(string.Join("; ", other))} | {Cite(e.Articles)} |");
            }
            sb.AppendLine();
        }

        var quantities = story.Docs.Where(d => d.Has(Layer.Quantities)).SelectMany(d => d.Quantities.Select(q => (d.Id, q))).ToList();
        var dateMentions = story.Docs.Where(d => d.Has(Layer.Dates)).SelectMany(d => d.Dates.Select(x => (d.Id, x))).ToList();
        if (quantities.Count > 0 || dateMentions.Count > 0)
        {
            sb.AppendLine("## Numbers and dates").AppendLine();
            if (quantities.Count > 0)
            {
                sb.AppendLine("| Article | Text | Value | Hedge | Counted | Event |");
                sb.AppendLine("|---|---|---|---|---|---|");
                foreach (var (id, q) in quantities)
                    sb.AppendLine($"| {Cite([id])} | {Cell(q.Text)} | {Number(q.Value)}{(q.UpperValue is { } u ? "–" + Number(u) : "")}{(q.Unit is null ? "" : " " + Cell(q.Unit))} | {JsonReport.HedgeName(q.Hedge)} | {Cell(q.Counted ?? "")} | {Cell(q.Event ?? "")} |");
                sb.AppendLine();
            }
            if (dateMentions.Count > 0)
            {
                sb.AppendLine("| Article | Text | Date |");
                sb.AppendLine("|---|---|---|");
                foreach (var (id, d) in dateMentions)
                    sb.AppendLine($"| {Cite([id])} | {Cell(d.Text)} | {Cell(d.Normalised ?? (d.Relative ? "relative; no publication date" : "unresolved"))} |");
                sb.AppendLine();
            }
        }

        if (story.Brief is { Timeline.Length: > 0 } withTimeline)
        {
            sb.AppendLine("## Timeline").AppendLine();
            foreach (var t in withTimeline.Timeline) sb.AppendLine($"- **{t.Date}** {Escape(t.Text)} {Cite(t.Citations.Select(c => c.ArticleId))}");
            sb.AppendLine();
        }

        sb.AppendLine("## Sources").AppendLine();
        sb.AppendLine("| # | Article | Outlet | Published | Words | Independent |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var doc in story.Docs)
        {
            var a = doc.Article;
            var aside = story.SetAside.FirstOrDefault(s => s.ArticleId == a.Id);
            string independentCell = aside is null ? "yes" : $"no: {Cell(aside.Kind)} of {Cite([aside.DerivedFrom])}";
            sb.AppendLine($"| {refs[a.Id]} | {Cell(a.Title ?? a.Id)} (`{Cell(a.Id)}`) | {Cell(a.Source)} | {(a.Published is { } p ? Date(p) : "unknown")} | {a.WordCount} | {independentCell} |");
        }
        sb.AppendLine();
        foreach (var aside in story.SetAside)
            sb.AppendLine($"- {Cite([aside.ArticleId])} set aside as a {Escape(aside.Kind)} of {Cite([aside.DerivedFrom])}: {Escape(aside.Reason)}");
        if (story.SetAside.Length > 0) sb.AppendLine();

        if (errors.Count > 0)
        {
            sb.AppendLine("## Inputs set aside").AppendLine();
            foreach (var e in errors) sb.AppendLine($"- `{Cell(e.Origin)}`: {Escape(e.Message)} ({e.Stage}/{e.Code})");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>"[1][3]" for a few citations, "[1–5, 8, 10–12]" for many: a 200-article story stays readable.</summary>
    public static string CitationList(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        if (sorted.Count <= 3) return string.Concat(sorted.Select(n => $"[{n}]"));
        var parts = new List<string>();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j - i >= 2 ? $"{sorted[i]}–{sorted[j]}" : j == i ? $"{sorted[i]}" : $"{sorted[i]}, {sorted[j]}");
            i = j + 1;
        }
        return $"[{string.Join(", ", parts)}]";
    }

    private static string Plural(int n) => n == 1 ? "" : "s";
    private static string Date(DateTimeOffset d) => d.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    private static string Number(double v) => v.ToString("#,0.###", CultureInfo.InvariantCulture);
    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Escapes the characters that would turn text into Markdown markup.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.ToString();
    }

    private static string Cell(string text) => Escape(text);
}
