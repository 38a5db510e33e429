using System.Globalization;
using System.Net;
using System.Text;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Report;

/// <summary>
/// The story as one self-contained HTML page: brief, conflicts, claims and quotes, each citation a link to
/// the cited words highlighted in the article's full text below (quotes, names and numbers marked).
/// No scripts, no external assets: it can be mailed, archived or opened offline.
/// </summary>
public static class HtmlReport
{
    public static string Write(StoryAnalysis story, IReadOnlyList<InputError> errors)
    {
        var refs = story.Docs.Select((d, i) => (d.Id, N: i + 1)).ToDictionary(x => x.Id, x => x.N, StringComparer.Ordinal);
        var sb = new StringBuilder();
        string title = story.Brief?.Headline ?? "Story";
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{H(title)} · Triangulate</title><style>{Css}</style></head><body><main>");
        sb.Append($"<header><h1>{H(title)}</h1><p class=\"meta\">{story.Docs.Length} articles · {story.IndependentArticles.Count()} independent · {story.Claims.Count(c => c.Status == ClaimStatus.Corroborated)} corroborated claims · {story.Claims.Count(c => c.Status == ClaimStatus.Conflicting)} conflicts</p>");
        foreach (var n in story.Notices) sb.Append($"<p class=\"notice\">{H(n)}</p>");
        sb.Append("</header>");

        if (story.Brief is { } brief)
        {
            sb.Append("<section id=\"brief\"><h2>Brief</h2>");
            foreach (var p in brief.Paragraphs)
            {
                sb.Append("<p>");
                foreach (var s in p) sb.Append($"{H(s.Text)} {Cites(s.Citations, refs)} ");
                sb.Append("</p>");
            }
            if (brief.Timeline.Length > 0)
            {
                sb.Append("<h3>Timeline</h3><ol class=\"timeline\">");
                foreach (var t in brief.Timeline) sb.Append($"<li><time>{H(t.Date)}</time> {H(t.Text)} {Cites(t.Citations, refs)}</li>");
                sb.Append("</ol>");
            }
            sb.Append("</section>");
        }

        var conflicts = story.Claims.Where(c => c.Status == ClaimStatus.Conflicting).ToList();
        if (conflicts.Count > 0)
        {
            sb.Append($"<section id=\"conflicts\"><h2>Open conflicts <span class=\"count\">{conflicts.Count}</span></h2>");
            foreach (var c in conflicts)
            {
                sb.Append($"<div class=\"card conflict\" id=\"{c.Id}\">");
                foreach (var d in c.Differences.Where(d => d.IsConflict))
                    sb.Append($"<p><span class=\"badge {JsonReport.DifferenceName(d.Kind)}\">{H(JsonReport.DifferenceName(d.Kind))}</span> {H(d.Description)}</p>");
                sb.Append("<ul>");
                foreach (var wording in c.Members.GroupBy(m => m.Text, StringComparer.Ordinal))
                    sb.Append($"<li>{Cites(wording.Select(m => new Citation(m.ArticleId, m.Span)), refs)} {H(wording.Key)}{(wording.All(m => m.Independent) ? "" : " <em>(includes derived)</em>")}</li>");
                sb.Append("</ul></div>");
            }
            sb.Append("</section>");
        }

        sb.Append("<section id=\"claims\"><h2>Claims</h2>");
        foreach (var status in new[] { ClaimStatus.Corroborated, ClaimStatus.SingleSource })
        {
            var groups = story.Claims.Where(c => c.Status == status).ToList();
            sb.Append($"<h3>{(status == ClaimStatus.Corroborated ? "Corroborated" : "Single-source")} <span class=\"count\">{groups.Count}</span></h3><ul class=\"claims\">");
            foreach (var c in groups)
            {
                sb.Append($"<li id=\"{c.Id}\"><span class=\"sources\">{c.IndependentSources}</span> {H(c.Members[0].Text)} ");
                sb.Append(Cites(c.Members.Select(m => new Citation(m.ArticleId, m.Span)), refs));
                foreach (var d in c.Differences) sb.Append($" <span class=\"badge {JsonReport.DifferenceName(d.Kind)}\">{H(JsonReport.DifferenceName(d.Kind))}</span> <small>{H(d.Description)}</small>");
                sb.Append("</li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</section>");

        if (story.Quotes.Length > 0)
        {
            sb.Append("<section id=\"quotes\"><h2>Quotes</h2>");
            foreach (var q in story.Quotes)
            {
                sb.Append($"<div class=\"card quote {JsonReport.FidelityName(q.Verdict)}\" id=\"{q.Id}\"><p><strong>{H(q.Speaker ?? "Speaker unknown")}</strong> <span class=\"badge {JsonReport.FidelityName(q.Verdict)}\">{JsonReport.FidelityName(q.Verdict)}</span></p>");
                foreach (var m in q.Members)
                {
                    string label = m.ArticleId == q.ReferenceArticle && q.Members.Length > 1 ? "reference" : JsonReport.FidelityName(m.Fidelity);
                    sb.Append($"<blockquote>{Cite(m.ArticleId, m.Span, refs)} “{H(m.Text)}” <small>{H(label)}");
                    if (!m.Removed.IsEmpty) sb.Append($" · <del>{H(string.Join(" ", m.Removed))}</del>");
                    if (!m.Added.IsEmpty) sb.Append($" · <ins>{H(string.Join(" ", m.Added))}</ins>");
                    sb.Append("</small></blockquote>");
                }
                sb.Append("</div>");
            }
            sb.Append("</section>");
        }

        if (story.Entities.Length > 0)
        {
            sb.Append("<section id=\"entities\"><h2>Entities</h2><table><thead><tr><th>Name</th><th>Type</th><th>Title or role</th><th>Also written</th><th>Articles</th></tr></thead><tbody>");
            foreach (var e in story.Entities)
                sb.Append($"<tr><td>{H(e.Name)}</td><td>{JsonReport.TypeName(e.Type)}</td><td>{H(string.Join("; ", e.Titles.Take(3)))}</td><td>{H(string.Join("; ", e.Forms.Select(f => f.Text).Where(f => f != e.Name).Take(5)))}</td><td>{string.Concat(e.Articles.Select(a => $"<a href=\"#art{refs[a]}\">[{refs[a]}]</a>"))}</td></tr>");
            sb.Append("</tbody></table></section>");
        }

        sb.Append("<section id=\"articles\"><h2>Articles</h2>");
        foreach (var doc in story.Docs)
        {
            var a = doc.Article;
            var aside = story.SetAside.FirstOrDefault(s => s.ArticleId == a.Id);
            sb.Append($"<article id=\"art{refs[a.Id]}\"><h3>[{refs[a.Id]}] {H(a.Title ?? a.Id)}</h3><p class=\"meta\">{H(a.Source)} · {(a.Published is { } p ? p.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "date unknown")} · {a.WordCount} words · <code>{H(a.Id)}</code>");
            if (a.Url is not null) sb.Append($" · <a href=\"{H(a.Url)}\">original</a>");
            if (aside is not null) sb.Append($"<br><span class=\"badge derived\">{H(aside.Kind)} of [{refs[aside.DerivedFrom]}]</span> {H(aside.Reason)}");
            sb.Append("</p>");
            AppendHighlighted(sb, doc, refs[a.Id], story);
            sb.Append("</article>");
        }
        sb.Append("</section>");

        if (errors.Count > 0)
        {
            sb.Append("<section id=\"errors\"><h2>Inputs set aside</h2><ul>");
            foreach (var e in errors) sb.Append($"<li><code>{H(e.Origin)}</code>: {H(e.Message)} <small>({H(e.Stage)}/{H(e.Code)})</small></li>");
            sb.Append("</ul></section>");
        }
        sb.Append("<footer>Made by Triangulate. Every sentence of the brief links to the words it rests on.</footer></main></body></html>");
        return sb.ToString();
    }

    [Flags]
    private enum Mark : byte { None = 0, Quote = 1, Name = 2, Number = 4, Cited = 8, Outside = 16 }

    /// <summary>The article's text with quotes, names and numbers marked and every cited span anchored, body paragraphs kept.</summary>
    private static void AppendHighlighted(StringBuilder sb, Doc doc, int n, StoryAnalysis story)
    {
        string text = doc.Text;
        var marks = new Mark[text.Length];
        Array.Fill(marks, Mark.Outside);
        foreach (var b in doc.Article.BodyOrWhole) for (int i = b.Start; i < b.End; i++) marks[i] &= ~Mark.Outside;
        void Set(TextSpan s, Mark m) { for (int i = s.Start; i < s.End && i < marks.Length; i++) marks[i] |= m; }
        if (doc.Has(Layer.Quotes)) foreach (var q in doc.Quotes) Set(q.Span, Mark.Quote);
        if (doc.Has(Layer.Entities)) foreach (var m in doc.Mentions) Set(m.Span, Mark.Name);
        if (doc.Has(Layer.Quantities)) foreach (var q in doc.Quantities) Set(q.Span, Mark.Number);
        var anchors = new SortedSet<int>();
        foreach (var c in story.Claims) foreach (var m in c.Members) if (m.ArticleId == doc.Id) { anchors.Add(m.Span.Start); Set(m.Span, Mark.Cited); }
        foreach (var q in story.Quotes) foreach (var m in q.Members) if (m.ArticleId == doc.Id) anchors.Add(m.Span.Start);

        sb.Append("<div class=\"text\"><p>");
        int runStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool boundary = i == text.Length || anchors.Contains(i) || (i > 0 && marks[i] != marks[i - 1]) || text[i] == '\n';
            if (!boundary) continue;
            if (i > runStart) AppendRun(sb, text, runStart, i, marks[runStart]);
            if (i == text.Length) break;
            if (anchors.Contains(i)) sb.Append($"<a id=\"a{n}-{i}\"></a>");
            if (text[i] == '\n')
            {
                int j = i;
                while (j < text.Length && text[j] == '\n') j++;
                sb.Append(j - i > 1 ? "</p><p>" : "<br>");
                runStart = j;
                i = j - 1;
                continue;
            }
            runStart = i;
        }
        sb.Append("</p></div>");
    }

    private static void AppendRun(StringBuilder sb, string text, int start, int end, Mark mark)
    {
        string content = H(text[start..end]);
        if (mark == Mark.None) { sb.Append(content); return; }
        var classes = new List<string>();
        if (mark.HasFlag(Mark.Outside)) classes.Add("outside");
        if (mark.HasFlag(Mark.Cited)) classes.Add("cited");
        if (mark.HasFlag(Mark.Quote)) classes.Add("q");
        if (mark.HasFlag(Mark.Name)) classes.Add("n");
        if (mark.HasFlag(Mark.Number)) classes.Add("num");
        sb.Append($"<span class=\"{string.Join(' ', classes)}\">{content}</span>");
    }

    /// <summary>Links to the first few cited articles, then a count: every link still lands on the cited words.</summary>
    private static string Cites(IEnumerable<Citation> citations, Dictionary<string, int> refs)
    {
        const int shown = 6;
        var groups = citations.GroupBy(c => c.ArticleId).OrderBy(g => refs[g.Key]).ToList();
        string links = string.Concat(groups.Take(shown).Select(g => Cite(g.Key, g.First().Span, refs)));
        return groups.Count > shown ? $"{links}<small class=\"more\" title=\"{H(string.Join(", ", groups.Skip(shown).Select(g => refs[g.Key])))}\">+{groups.Count - shown}</small>" : links;
    }

    private static string Cite(string articleId, TextSpan span, Dictionary<string, int> refs) =>
        $"<a class=\"cite\" href=\"#a{refs[articleId]}-{span.Start}\" title=\"{H(articleId)}\">[{refs[articleId]}]</a>";

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root{--ink:#1d2330;--muted:#5d6472;--line:#e3e6ec;--bg:#fbfbfd;--accent:#2f5fd0}
        body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
        main{max-width:62rem;margin:0 auto;padding:1.5rem}
        h1{font-size:1.7rem;margin:.2rem 0}h2{margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
        .meta{color:var(--muted);font-size:.9rem}.notice{background:#fff6db;border:1px solid #f0d68a;padding:.5rem .8rem;border-radius:6px}
        .count{font-size:.8rem;color:var(--muted);font-weight:normal}
        a.cite{text-decoration:none;font-size:.8rem;vertical-align:super;margin-left:1px;color:var(--accent)}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;margin:.8rem 0}
        .conflict{border-left:4px solid #d0432f}.quote.divergent{border-left:4px solid #d0432f}.quote.edited{border-left:4px solid #e39b2d}
        .badge{display:inline-block;font-size:.75rem;padding:0 .45rem;border-radius:999px;background:#eef1f6;color:var(--ink)}
        .badge.number,.badge.polarity,.badge.participant,.badge.divergent{background:#fde4df;color:#8f2415}.badge.certainty,.badge.edited{background:#fdf0d8;color:#7a4b06}
        .badge.update,.badge.compatible-numbers,.badge.verbatim{background:#e2f4e8;color:#1d6b39}.badge.derived{background:#ece6fb;color:#4b2d91}
        ul.claims li{margin:.35rem 0}.sources{display:inline-block;min-width:1.4rem;text-align:center;font-size:.8rem;background:#e8eefc;border-radius:4px;margin-right:.3rem}
        blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid var(--line)}del{color:#8f2415}ins{color:#1d6b39;text-decoration:none}
        table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
        article{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.2rem 1rem;margin:1rem 0}
        .text{font-size:.95rem}.outside{color:#9aa0aa}.cited{background:#f3f6ff}.q{background:#fff3c4}.n{border-bottom:2px solid #9db7f5}.num{background:#dff3e4}
        :target+span{outline:2px solid var(--accent)}.timeline{padding-left:1.2rem}time{font-weight:600;margin-right:.4rem}
        footer{margin:3rem 0 1rem;color:var(--muted);font-size:.85rem}
        """;
}
