using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Report;

/// <summary>
/// The story as JSON, schema <c>triangulate/story@1</c> (docs/SCHEMA.md). Every finding carries
/// <c>article</c>, <c>start</c> and <c>end</c>: character offsets (UTF-16 code units, half-open) into that
/// article's <c>text</c>, so any finding can be cited and highlighted. Wherever an object has those three
/// and a <c>text</c>, the text is exactly the article's text at that span. Written by hand with
/// <see cref="Utf8JsonWriter"/>: the key order is stable and no reflection runs at start-up.
/// </summary>
public static class JsonReport
{
    public const string Schema = "triangulate/story@1";

    public sealed record Options
    {
        /// <summary>Include each article's full text (needed to resolve offsets without the input files).</summary>
        public bool IncludeText { get; init; } = true;
        public bool Indented { get; init; } = true;
    }

    public static string Write(StoryAnalysis story, IReadOnlyList<InputError> errors, Options? options = null)
    {
        options ??= new Options();
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.Indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            WriteStory(w, story);
            WriteArticles(w, story, options);
            WriteEntities(w, story);
            WriteQuotes(w, story);
            WriteQuantities(w, story);
            WriteDates(w, story);
            WriteClaims(w, story);
            WriteSetAside(w, story);
            WriteDerivations(w, story);
            WriteRewriteSignals(w, story);
            WriteBrief(w, story);
            w.WriteStartArray("notices");
            foreach (var n in story.Notices) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var e in errors)
            {
                w.WriteStartObject();
                w.WriteString("origin", e.Origin);
                if (e.ArticleId is not null) w.WriteString("article", e.ArticleId);
                w.WriteString("stage", e.Stage);
                w.WriteString("code", e.Code);
                w.WriteString("message", e.Message);
                if (e.Offset is { } o) w.WriteNumber("offset", o);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteStory(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartObject("story");
        w.WriteString("headline", story.Brief?.Headline ?? "");
        w.WriteNumber("articles", story.Docs.Length);
        w.WriteNumber("outlets", story.Docs.Select(d => d.Article.Source).Distinct().Count());
        w.WriteNumber("independentArticles", story.IndependentArticles.Count());
        var dates = story.Docs.Select(d => d.Article.Published).Where(p => p is not null).Select(p => p!.Value).ToList();
        if (dates.Count > 0)
        {
            w.WriteString("firstPublished", dates.Min().ToString("O"));
            w.WriteString("lastPublished", dates.Max().ToString("O"));
        }
        w.WriteStartObject("counts");
        w.WriteNumber("entities", story.Entities.Length);
        w.WriteNumber("quoteGroups", story.Quotes.Length);
        w.WriteNumber("claimGroups", story.Claims.Length);
        w.WriteNumber("corroborated", story.Claims.Count(c => c.Status == ClaimStatus.Corroborated));
        w.WriteNumber("conflicting", story.Claims.Count(c => c.Status == ClaimStatus.Conflicting));
        w.WriteNumber("singleSource", story.Claims.Count(c => c.Status == ClaimStatus.SingleSource));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteArticles(Utf8JsonWriter w, StoryAnalysis story, Options options)
    {
        var setAside = story.SetAside.ToDictionary(s => s.ArticleId, StringComparer.Ordinal);
        w.WriteStartArray("articles");
        foreach (var doc in story.Docs)
        {
            var a = doc.Article;
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("source", a.Source);
            if (a.Title is not null) w.WriteString("title", a.Title);
            if (a.Url is not null) w.WriteString("url", a.Url);
            if (a.Published is { } p) w.WriteString("published", p.ToString("O"));
            w.WriteString("origin", a.Origin);
            w.WriteNumber("words", a.WordCount);
            w.WriteBoolean("independent", !setAside.ContainsKey(a.Id));
            if (setAside.TryGetValue(a.Id, out var s)) w.WriteString("derivedFrom", s.DerivedFrom);
            w.WriteStartArray("body");
            foreach (var b in a.BodyOrWhole) WriteRange(w, b);
            w.WriteEndArray();
            if (a.Dateline is { } dl) { w.WritePropertyName("dateline"); WriteRange(w, dl); }
            w.WriteStartArray("bylines");
            foreach (var b in a.Bylines) WriteRange(w, b);
            w.WriteEndArray();
            if (options.IncludeText) w.WriteString("text", a.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("entities");
        foreach (var e in story.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", TypeName(e.Type));
            w.WriteString("name", e.Name);
            WriteStrings(w, "titles", e.Titles);
            w.WriteStartArray("forms");
            foreach (var f in e.Forms)
            {
                w.WriteStartObject();
                w.WriteString("text", f.Text);
                WriteStrings(w, "articles", f.Articles);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStrings(w, "articles", e.Articles);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                WriteSpan(w, m.ArticleId, m.Span);
                w.WriteString("text", m.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("quotes");
        foreach (var q in story.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            if (q.Speaker is not null) w.WriteString("speaker", q.Speaker);
            if (q.SpeakerEntity is not null) w.WriteString("speakerEntity", q.SpeakerEntity);
            w.WriteString("verdict", FidelityName(q.Verdict));
            w.WriteString("reference", q.ReferenceArticle);
            w.WriteStartArray("members");
            foreach (var m in q.Members)
            {
                var doc = story.Doc(m.ArticleId);
                var quote = doc.Quotes[m.Quote];
                w.WriteStartObject();
                WriteSpan(w, m.ArticleId, m.Span);
                w.WriteString("text", m.Span.TextOf(doc.Text));
                w.WriteString("words", m.Text);
                if (quote.Parts.Length > 1)
                {
                    w.WriteStartArray("parts");
                    foreach (var part in quote.Parts) WriteRange(w, part);
                    w.WriteEndArray();
                }
                if (m.Speaker is not null) w.WriteString("speaker", m.Speaker);
                if (quote.SpeakerSpan is { } ss) { w.WritePropertyName("speakerSpan"); WriteRange(w, ss); }
                w.WriteString("attribution", quote.Resolution.ToString().ToLowerInvariant());
                if (quote.Cue is not null) w.WriteString("cue", quote.Cue);
                w.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
                w.WriteString("fidelity", FidelityName(m.Fidelity));
                w.WriteNumber("wordOverlap", m.WordOverlap);
                if (!m.Removed.IsEmpty) WriteStrings(w, "removed", m.Removed);
                if (!m.Added.IsEmpty) WriteStrings(w, "added", m.Added);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuantities(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("quantities");
        foreach (var doc in story.Docs.Where(d => d.Has(Layer.Quantities)))
            foreach (var q in doc.Quantities)
            {
                w.WriteStartObject();
                WriteSpan(w, doc.Id, q.Span);
                w.WriteString("text", q.Text);
                w.WriteNumber("value", q.Value);
                if (q.UpperValue is { } up) w.WriteNumber("upper", up);
                w.WriteString("hedge", HedgeName(q.Hedge));
                w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                if (q.Unit is not null) w.WriteString("unit", q.Unit);
                if (q.Counted is not null) w.WriteString("counted", q.Counted);
                if (q.Event is not null) w.WriteString("event", q.Event);
                if (q.Modifies is not null) w.WriteString("modifies", q.Modifies);
                if (q.Vague) w.WriteBoolean("vague", true);
                var interval = Triangulate.Extract.Quantities.QuantityInterval.Of(q);
                w.WriteStartArray("interval");
                WriteBound(w, interval.Low);
                WriteBound(w, interval.High);
                w.WriteEndArray();
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    private static void WriteDates(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("dates");
        foreach (var doc in story.Docs.Where(d => d.Has(Layer.Dates)))
            foreach (var d in doc.Dates)
            {
                w.WriteStartObject();
                WriteSpan(w, doc.Id, d.Span);
                w.WriteString("text", d.Text);
                if (d.Normalised is not null) w.WriteString("date", d.Normalised);
                else w.WriteNull("date");
                w.WriteString("granularity", d.Granularity.ToString().ToLowerInvariant());
                w.WriteBoolean("relative", d.Relative);
                if (d.Earliest is { } earliest) w.WriteString("earliest", earliest.ToString("yyyy-MM-dd"));
                if (d.Latest is { } latest) w.WriteString("latest", latest.ToString("yyyy-MM-dd"));
                if (d.Relation != DateRelation.At) w.WriteString("relation", d.Relation.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("claims");
        foreach (var c in story.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("status", StatusName(c.Status));
            w.WriteNumber("independentSources", c.IndependentSources);
            w.WriteString("text", c.Members[0].Text);
            WriteStrings(w, "articles", c.Members.Select(m => m.ArticleId).Distinct().ToImmutableArray());
            WriteStrings(w, "entities", c.Entities);
            w.WriteStartArray("members");
            foreach (var m in c.Members)
            {
                w.WriteStartObject();
                WriteSpan(w, m.ArticleId, m.Span);
                w.WriteString("text", m.Text);
                w.WriteBoolean("independent", m.Independent);
                if (m.DerivedFrom is not null) w.WriteString("derivedFrom", m.DerivedFrom);
                w.WriteNumber("similarity", m.Similarity);
                w.WriteString("certainty", m.Certainty.ToString().ToLowerInvariant());
                w.WriteString("polarity", m.Polarity.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("differences");
            foreach (var d in c.Differences)
            {
                w.WriteStartObject();
                w.WriteString("kind", DifferenceName(d.Kind));
                w.WriteBoolean("conflict", d.IsConflict);
                w.WriteString("description", d.Description);
                w.WriteStartArray("sides");
                foreach (var s in d.Sides)
                {
                    w.WriteStartObject();
                    WriteSpan(w, s.ArticleId, s.Span);
                    w.WriteString("says", s.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSetAside(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("setAside");
        foreach (var s in story.SetAside)
        {
            w.WriteStartObject();
            w.WriteString("article", s.ArticleId);
            w.WriteString("derivedFrom", s.DerivedFrom);
            w.WriteString("kind", s.Kind);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDerivations(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("derivations");
        foreach (var e in story.Derivations)
        {
            var ev = e.Evidence;
            w.WriteStartObject();
            w.WriteString("a", e.A);
            w.WriteString("b", e.B);
            w.WriteString("kind", DerivationName(e.Kind));
            if (e.Source is not null) w.WriteString("source", e.Source);
            if (e.Derived is not null) w.WriteString("derived", e.Derived);
            w.WriteString("directionBasis", DirectionBasisName(e.DirectionBasis));
            w.WriteString("explanation", e.Explanation);
            w.WriteStartObject("evidence");
            w.WriteNumber("containmentA", Round(ev.ContainmentA));
            w.WriteNumber("containmentB", Round(ev.ContainmentB));
            w.WriteNumber("narrationContainmentA", Round(ev.NarrationContainmentA));
            w.WriteNumber("narrationContainmentB", Round(ev.NarrationContainmentB));
            w.WriteNumber("sentencesAlignedA", Round(ev.AlignedA));
            w.WriteNumber("sentencesAlignedB", Round(ev.AlignedB));
            w.WriteNumber("orderKept", Round(ev.OrderKept));
            w.WriteNumber("meanSimilarity", Round(ev.MeanSimilarity));
            w.WriteNumber("meanSurfaceOverlap", Round(ev.MeanSurface));
            w.WriteString("similarity", ev.Similarity);
            var docA = story.Doc(e.A);
            var docB = story.Doc(e.B);
            w.WriteStartArray("passages");
            foreach (var p in ev.Passages)
            {
                w.WriteStartObject();
                w.WriteNumber("words", p.Words);
                w.WriteBoolean("quoted", p.Quoted);
                w.WritePropertyName("inA"); WriteQuoted(w, docA, p.InA);
                w.WritePropertyName("inB"); WriteQuoted(w, docB, p.InB);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("alignedSentences");
            foreach (var a in ev.Aligned)
            {
                w.WriteStartObject();
                w.WriteNumber("similarity", Round(a.Similarity));
                w.WriteNumber("surface", Round(a.Surface));
                w.WritePropertyName("inA"); WriteQuoted(w, docA, a.SpanA);
                w.WritePropertyName("inB"); WriteQuoted(w, docB, a.SpanB);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRewriteSignals(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartArray("rewriteSignals");
        foreach (var a in story.RewriteSignals)
        {
            var doc = story.Doc(a.ArticleId);
            w.WriteStartObject();
            w.WriteString("article", a.ArticleId);
            if (a.ComparedWith is not null) w.WriteString("comparedWith", a.ComparedWith);
            w.WriteStartArray("signals");
            foreach (var s in a.Signals)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteNumber("strength", Round(s.Strength));
                w.WriteNumber("value", Round(s.Value));
                w.WriteString("explanation", s.Explanation);
                w.WriteStartArray("evidence");
                foreach (var e in s.Evidence)
                {
                    w.WriteStartObject();
                    WriteSpan(w, a.ArticleId, e.Span);
                    w.WriteString("text", e.Span.TextOf(doc.Text));
                    if (e.Note is not null) w.WriteString("note", e.Note);
                    if (e.SourceSpan is { } src && a.ComparedWith is not null)
                    {
                        w.WritePropertyName("source");
                        WriteQuoted(w, story.Doc(a.ComparedWith), src);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A span object with its exact text: <c>{article, start, end, text}</c>.</summary>
    private static void WriteQuoted(Utf8JsonWriter w, Doc doc, TextSpan span)
    {
        w.WriteStartObject();
        WriteSpan(w, doc.Id, span);
        w.WriteString("text", span.TextOf(doc.Text));
        w.WriteEndObject();
    }

    private static double Round(double v) => Math.Round(v, 3);

    /// <summary>An interval bound: a number, or null for an open side ("at least 17" has no upper bound).</summary>
    private static void WriteBound(Utf8JsonWriter w, double bound)
    {
        if (double.IsInfinity(bound) || double.IsNaN(bound)) w.WriteNullValue();
        else w.WriteNumberValue(Math.Round(bound, 6));
    }

    public static string DirectionBasisName(DirectionBasis b) => b switch
    {
        DirectionBasis.PublicationTime => "publication-time",
        DirectionBasis.Containment => "containment",
        DirectionBasis.Detail => "detail",
        _ => "none",
    };

    public static string DerivationName(DerivationKind k) => k switch
    {
        DerivationKind.Verbatim => "verbatim-copy",
        DerivationKind.NearCopy => "near-copy",
        DerivationKind.Paraphrase => "paraphrase-rewrite",
        _ => "independent",
    };

    private static void WriteBrief(Utf8JsonWriter w, StoryAnalysis story)
    {
        w.WriteStartObject("brief");
        if (story.Brief is { } brief)
        {
            w.WriteString("headline", brief.Headline);
            w.WriteStartArray("paragraphs");
            foreach (var p in brief.Paragraphs)
            {
                w.WriteStartArray();
                foreach (var s in p) WriteBriefSentence(w, s);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("timeline");
            foreach (var t in brief.Timeline)
            {
                w.WriteStartObject();
                w.WriteString("date", t.Date);
                w.WriteString("text", t.Text);
                WriteCitations(w, t.Citations);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("contributions");
            foreach (var c in brief.Contributions)
            {
                w.WriteStartObject();
                w.WriteString("article", c.ArticleId);
                w.WriteString("source", c.Source);
                WriteStrings(w, "claims", c.Claims);
                WriteStrings(w, "quotes", c.Quotes);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("conflicts");
            foreach (var s in brief.OpenConflicts) WriteBriefSentence(w, s);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteBriefSentence(Utf8JsonWriter w, BriefSentence s)
    {
        w.WriteStartObject();
        w.WriteString("text", s.Text);
        if (s.Source is not null) w.WriteString("about", s.Source);
        WriteCitations(w, s.Citations);
        w.WriteEndObject();
    }

    private static void WriteCitations(Utf8JsonWriter w, ImmutableArray<Citation> citations)
    {
        w.WriteStartArray("citations");
        foreach (var c in citations)
        {
            w.WriteStartObject();
            WriteSpan(w, c.ArticleId, c.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string articleId, TextSpan span)
    {
        w.WriteString("article", articleId);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteRange(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteStartArray();
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };

    public static string FidelityName(Fidelity f) => f.ToString().ToLowerInvariant();

    public static string StatusName(ClaimStatus s) => s switch
    {
        ClaimStatus.Corroborated => "corroborated",
        ClaimStatus.SingleSource => "single-source",
        _ => "conflicting",
    };

    public static string DifferenceName(DifferenceKind k) => k switch
    {
        DifferenceKind.CompatibleNumbers => "compatible-numbers",
        _ => k.ToString().ToLowerInvariant(),
    };

    public static string HedgeName(Hedge h) => h switch
    {
        Hedge.AtLeast => "at_least",
        Hedge.AtMost => "at_most",
        _ => h.ToString().ToLowerInvariant(),
    };
}
