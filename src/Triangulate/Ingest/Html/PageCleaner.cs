using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Removes what is plainly not article text before Readability scores the page: scripts and widgets, page
/// chrome (nav, header, footer, aside and their ARIA roles), and blocks whose class or id names them as
/// boilerplate (share bars, related links, newsletters, captions, bylines, ads, comments...). Readability
/// judges candidates by their text, so this chrome costs it twice: as noise inside the chosen container and as
/// competing candidates.
/// <para>A guard keeps any such block that holds a substantial part of the page's non-link text (a quarter,
/// and at least 300 characters): real pages put "sidebar" or "author" in the class of the article wrapper
/// itself, and a wrong removal there would lose the article.</para>
/// </summary>
internal static class PageCleaner
{
    /// <summary>Elements with no readable text of their own, or only controls.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select",
        "textarea", "input", "option", "link", "meta", "figcaption",
    };

    /// <summary>Page chrome, and the page's headline (h1), which the article text leaves out: dropped unless
    /// it holds much of the page's text.</summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "footer", "aside", "header", "menu", "dialog", "h1" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "menu", "menubar", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "alert", "toolbar",
    };

    /// <summary>Class or id words that name a block as not article text.</summary>
    internal static readonly ClassTokens Boilerplate = new(
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar", "skip", "footer",
        "sidebar", "rail", "widget", "widgets",
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "addthis", "sharedaddy",
        "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular", "mostread", "outbrain", "taboola",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "promo", "promos", "promotion",
        "comment", "comments", "disqus", "replies",
        "caption", "captions", "credit", "credits", "figcaption",
        "byline", "bylines", "author", "authors", "dateline", "timestamp", "date", "meta",
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "dfp", "sponsor", "sponsored", "adslot", "adunit",
        "tags", "modal", "popup", "overlay", "cookie", "cookies", "consent", "gdpr", "print", "toolbar", "tools");

    /// <summary>Class words of quotations set apart from the text (pull quotes): the article's own words.</summary>
    internal static readonly ClassTokens Quotation = new("quote", "pullquote", "blockquote", "pull");

    /// <summary>
    /// Blocks exempt from removal by class or chrome tag: quotations, and anything holding a blockquote
    /// (embedded posts from social networks are blockquotes inside "widget" or "embed" wrappers, and
    /// benchmarks and readers count them as part of the article).
    /// </summary>
    internal static bool IsQuotation(IElement el) =>
        el.LocalName == "blockquote" || Quotation.Match(el.GetAttribute("class"), el.Id) is not null || el.QuerySelector("blockquote") is not null;

    /// <summary>Text only screen readers announce ("Image copyright", "Opens in a new window").</summary>
    private static readonly string[] ScreenReaderOnly = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "off-screen", "offscreen", "a11y"];

    /// <param name="removed">Told of each removal and why (for debugging an extraction).</param>
    public static void Clean(IDocument document, Action<IElement, string>? removed = null)
    {
        var body = document.Body;
        if (body is null) return;
        foreach (var el in document.QuerySelectorAll(string.Join(", ", Dropped)).ToArray())
        {
            removed?.Invoke(el, "tag");
            el.Remove();
        }

        var mass = new TextMass(body);
        int substantial = Math.Max(300, mass.Total / 4);
        bool Guarded(IElement el) => mass.NonLink(el) >= substantial;

        var removals = new List<IElement>();
        Visit(body);
        foreach (var el in removals) el.Remove();
        if (body.GetElementsByTagName("blockquote").Length > 0) ShieldQuotations(body, new TextMass(body));

        void Visit(IElement parent)
        {
            foreach (var el in Dom.ElementChildren(parent))
            {
                if (Reason(el) is { } reason)
                {
                    removals.Add(el);
                    removed?.Invoke(el, reason);
                }
                else Visit(el);
            }
        }

        string? Reason(IElement el)
        {
            string tag = el.LocalName;
            string? cls = el.GetAttribute("class");
            string? why = cls is not null && IsScreenReaderOnly(cls) ? "screen-reader"
                : Chrome.Contains(tag) ? "chrome"
                : el.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim()) ? "role " + role
                : Boilerplate.Match(cls, el.Id) is { } word ? "class " + word
                : null;
            return why is not null && !Guarded(el) && !IsQuotation(el) ? why : null;
        }
    }

    /// <summary>
    /// Embedded posts sit in wrappers named "social", "widget" or "embed", words Readability drops on sight.
    /// The blockquote and the wrappers around it that hold little else (up to three levels) lose their class
    /// and id, kept as data attributes; a wrapper with much more text than the quote is the article and keeps
    /// its name.
    /// </summary>
    private static void ShieldQuotations(IElement body, TextMass mass)
    {
        foreach (var quote in body.GetElementsByTagName("blockquote"))
        {
            int quoteText = mass.Text(quote);
            IElement? el = quote;
            for (int level = 0; level < 4 && el is not null && el != body; level++, el = el.ParentElement)
            {
                if (el != quote && mass.Text(el) > quoteText * 3 / 2 + 50) break;
                if (el.GetAttribute("class") is { } cls) { el.SetAttribute("data-class", cls); el.RemoveAttribute("class"); }
                if (el.GetAttribute("id") is { } id) { el.SetAttribute("data-id", id); el.RemoveAttribute("id"); }
            }
        }
    }

    private static bool IsScreenReaderOnly(string cls)
    {
        foreach (var marker in ScreenReaderOnly)
            if (cls.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
