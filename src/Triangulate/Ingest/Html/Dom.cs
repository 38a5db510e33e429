using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Tree walking that stays linear on wide nodes. AngleSharp finds a node's next sibling by searching its
/// parent's child list, and indexes <c>Children</c> by enumerating it, so sibling loops over a node with
/// thousands of children are quadratic (seconds on a hostile page); its <c>ChildNodes</c> list is indexed
/// directly.
/// </summary>
internal static class Dom
{
    /// <summary>The element children of <paramref name="parent"/>, in order.</summary>
    public static List<IElement> ElementChildren(INode parent)
    {
        var nodes = parent.ChildNodes;
        var list = new List<IElement>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
            if (nodes[i] is IElement el) list.Add(el);
        return list;
    }
}
