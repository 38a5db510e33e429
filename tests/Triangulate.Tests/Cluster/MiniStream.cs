using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Cluster;

/// <summary>
/// A small fictional news stream with known stories (invented places, people and outlets): a tram strike,
/// a dam inspection and a science prize reported by several outlets over two days, and a city-hall quarrel
/// between the same two people in March and again, as a new event, in November.
/// </summary>
internal static class MiniStream
{
    public static readonly DateTimeOffset Day = new(2031, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static Doc Make(string id, string title, string text, DateTimeOffset? published, string source = "Redwater Ledger")
    {
        var article = ArticleFactory.Create(id, text, id + ".txt", source, title, published: published);
        return new SegmentStage(Tokenizer.Shared).Run(new Doc(article));
    }

    /// <summary>(doc, gold story) in publication order.</summary>
    public static List<(Doc Doc, string Story)> Stream()
    {
        var h = TimeSpan.FromHours(1);
        return
        [
            (Make("tram-1", "Redwater tram drivers walk out over pay",
                "Tram drivers in Redwater walked out on Monday morning after wage talks with the city transit authority collapsed. " +
                "Union leader Marta Okonkwo said drivers would strike until the authority raised its pay offer. Trams stood idle in every depot.",
                Day), "tram"),
            (Make("dam-1", "Inspectors find crack in Verran dam",
                "Engineers inspecting the Verran dam found a long crack in its concrete spillway, the regional water board said. " +
                "The reservoir behind the dam will be lowered while inspectors study the crack. Residents of Lindholm downstream were told there was no immediate danger.",
                Day + 1 * h, "Lindholm Courier"), "dam"),
            (Make("prize-1", "Tallis physicist Anneli Varga wins Kessler Prize",
                "Anneli Varga, a physicist at Tallis University, won the Kessler Prize for her research on superconducting wires that carry current without loss. " +
                "The prize committee praised her superconducting experiments. Varga said the prize belonged to her whole laboratory.",
                Day + 2 * h, "Science Wire"), "prize"),
            (Make("tram-2", "Redwater trams halted as strike spreads",
                "No trams ran in Redwater as the drivers' strike entered its second shift. Marta Okonkwo, the union leader, told drivers at the main depot " +
                "that the transit authority's pay offer was an insult. The city transit authority urged the union to return to wage talks.",
                Day + 3 * h, "Harbour Times"), "tram"),
            (Make("dam-2", "Verran reservoir lowered after spillway crack",
                "The water board began lowering the Verran reservoir after inspectors found a crack in the dam's spillway. " +
                "Engineers said the crack in the concrete would be repaired before autumn. Lindholm residents downstream met the board's inspectors.",
                Day + 4 * h, "Valley Post"), "dam"),
            (Make("prize-2", "Kessler Prize goes to superconducting wires",
                "The Kessler Prize went to Anneli Varga of Tallis University for superconducting wires. Varga's laboratory built the first wires " +
                "that stay superconducting at room pressure, the prize committee said.",
                Day + 5 * h, "Campus Daily"), "prize"),
            (Make("tram-3", "Transit authority raises pay offer to end tram strike",
                "Redwater's transit authority raised its pay offer to tram drivers on Tuesday, and union leader Marta Okonkwo said the strike would be suspended " +
                "while drivers vote on the new wage offer. Trams are expected back in the depots' schedules by Wednesday.",
                Day + 26 * h), "tram"),
            (Make("dam-3", "Verran dam crack: repairs to start in June",
                "Repairs to the crack in the Verran dam spillway will start in June, the water board said, after engineers finished inspecting the dam. " +
                "The reservoir will stay lowered until the concrete is repaired, and Lindholm residents downstream will be kept informed.",
                Day + 27 * h, "Lindholm Courier"), "dam"),
            (Make("hall-1", "Mayor Ilse Brandvik and councillor Tomas Okafor clash over harbour budget",
                "Mayor Ilse Brandvik and councillor Tomas Okafor clashed at Redwater city hall over the harbour budget. Okafor accused Brandvik of hiding " +
                "the cost of the harbour wall, and Brandvik said the council had approved every line of the harbour budget.",
                Day + 28 * h, "Harbour Times"), "hall-march"),
            (Make("hall-2", "Okafor and Brandvik trade blows over harbour wall costs",
                "Councillor Tomas Okafor again accused Mayor Ilse Brandvik of hiding harbour wall costs, at a heated council meeting in Redwater city hall. " +
                "Brandvik said the harbour budget was public and approved by the council.",
                Day + 30 * h), "hall-march"),
            // Eight months later: the same two people, the same hall and harbour, a new event.
            (Make("hall-3", "Mayor Ilse Brandvik and councillor Tomas Okafor clash over harbour audit",
                "Mayor Ilse Brandvik and councillor Tomas Okafor clashed at Redwater city hall over the harbour audit. Okafor said the audit showed " +
                "the harbour wall cost twice the budget, and Brandvik said the council had approved every line of the harbour spending.",
                Day.AddMonths(8), "Harbour Times"), "hall-november"),
            (Make("hall-4", "Okafor and Brandvik clash again as harbour audit is published",
                "Councillor Tomas Okafor and Mayor Ilse Brandvik clashed again in Redwater city hall as the harbour audit was published. " +
                "Brandvik said the harbour wall costs had been public and approved by the council.",
                Day.AddMonths(8) + 3 * h, "Redwater Ledger"), "hall-november"),
        ];
    }
}
