using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Compare.Derivation;

/// <summary>
/// One fictional event (a harbour town closing its pier after a storm) told five ways: the wire original, a verbatim
/// republication, a trimmed and lightly edited syndicated copy, a machine-style paraphrase rewrite (same facts, same
/// order, reworded, one quote's words changed), and an independent report by another outlet.
/// </summary>
public static class DerivationFixtures
{
    public const string Wire =
        "Marlow Bay council voted on Monday to close the old fishing pier for at least six months after a storm tore away part of its deck.\n" +
        "The vote was seven to two, with two councillors arguing that the pier should stay open for fishermen during repairs.\n" +
        "Engineers found that 14 of the pier's 60 wooden piles had cracked and that the railing on the north side had collapsed.\n" +
        "The repairs are expected to cost about 2.4 million dollars, most of which the town hopes to recover from its insurer.\n" +
        "\"We cannot ask anyone to walk on a structure that is failing under their feet,\" Mayor Ines Calder said after the vote.\n" +
        "Fishermen who use the pier every morning said the closure would push them onto the crowded harbour wall.\n" +
        "Local boat owner Tobias Wren said the town had ignored warnings about the piles for years.\n" +
        "The council said a temporary landing stage would be built near the lifeboat station by the end of May.\n" +
        "The pier, built in 1911, is one of the oldest timber structures on the coast and draws thousands of visitors each summer.\n" +
        "A public meeting on the repair plan will be held at the town hall on Thursday evening.\n";

    /// <summary>The wire text republished unchanged, with the outlet's own credit line.</summary>
    public static string Verbatim => Wire + "Distributed by Coastline Wire.\n";

    /// <summary>Syndicated: last two paragraphs trimmed, one sentence dropped, a few words edited.</summary>
    public const string Trimmed =
        "Marlow Bay council voted Monday to close the old fishing pier for at least six months after a storm tore away part of its deck.\n" +
        "The vote was seven to two, with two councillors arguing that the pier should stay open for fishermen during repairs.\n" +
        "Engineers found that 14 of the pier's 60 wooden piles had cracked and that the railing on the north side had collapsed.\n" +
        "The repairs are expected to cost about $2.4 million, most of which the town hopes to recover from its insurer.\n" +
        "\"We cannot ask anyone to walk on a structure that is failing under their feet,\" Mayor Ines Calder said after the vote.\n" +
        "Local boat owner Tobias Wren said the town had ignored repeated warnings about the piles for years.\n" +
        "The council said a temporary landing stage would be built near the lifeboat station by the end of May.\n";

    /// <summary>Machine-style rewrite: every sentence reworded in the same order; the mayor's quote altered.</summary>
    public const string Rewrite =
        "In a significant development, the council of Marlow Bay decided on Monday to shut the historic fishing pier for a minimum of six months following storm damage to its deck.\n" +
        "Councillors backed the closure by seven votes to two, although two members contended that fishermen should retain access while repairs proceed.\n" +
        "According to engineers, 14 out of 60 timber piles supporting the pier were cracked, and the north railing had given way.\n" +
        "The repair work is projected to cost roughly 2.4 million dollars, and the town intends to seek reimbursement from its insurer.\n" +
        "\"We cannot permit people to stand on a structure that is collapsing beneath them,\" Mayor Ines Calder remarked following the vote.\n" +
        "Fishermen who rely on the pier each morning expressed concern that the closure would force them onto the congested harbour wall.\n" +
        "Additionally, boat owner Tobias Wren asserted that warnings regarding the piles had been disregarded by the town for years.\n" +
        "The council indicated that a temporary landing stage is to be constructed close to the lifeboat station before the end of May.\n" +
        "Built in 1911, the pier ranks among the oldest timber structures along the coast and attracts thousands of visitors every summer.\n" +
        "Furthermore, residents will be able to discuss the repair plan at a public meeting in the town hall on Thursday evening.\n";

    /// <summary>Another outlet's own reporting of the same event: different order and wording, one shared quote.</summary>
    public const string Independent =
        "Anglers in Marlow Bay will lose their favourite spot this summer.\n" +
        "Standing on the harbour wall on Tuesday, retired trawlerman Piet Sandor pointed at the gap where a section of planking used to be.\n" +
        "\"It went in one night,\" he said. \"Nobody has fixed anything out there since I was a boy.\"\n" +
        "Town officials shut the pier after inspectors counted more than a dozen split piles beneath the deck.\n" +
        "Mayor Ines Calder told reporters: \"We cannot ask anyone to walk on a structure that is failing under their feet.\"\n" +
        "The closure was approved by the council in a seven to two vote late on Monday.\n" +
        "Insurance is expected to cover much of the bill, which officials put at roughly 2.4 million dollars.\n" +
        "Sandor said he would fish from the rocks below the lighthouse until the pier reopens.\n";

    public static Doc Make(string id, string text, DateTimeOffset? published = null, bool hasTime = false)
    {
        var article = new Article
        {
            Id = id,
            Text = text,
            Origin = id + ".txt",
            Source = id,
            Published = published,
            PublishedHasTime = hasTime,
            Body = [new TextSpan(0, text.Length)],
        };
        return new SegmentStage(Tokenizer.Shared).Run(new Doc(article));
    }
}
