using Triangulate.Extract.Quotes;

namespace Triangulate.Tests.Extract.Quotes;

public class QuoteLexiconTests
{
    [Fact]
    public void Bundled_lexicon_knows_speech_verbs_by_form_and_their_rates_differ_by_form()
    {
        var lexicon = QuoteLexicon.Shared;
        Assert.Equal("remark", lexicon.Cue("remarked")!.Verb.Lemma);
        Assert.Equal("say", lexicon.Cue("said")!.Verb.Lemma);
        Assert.Equal("accord", lexicon.Cue("according")!.Verb.Lemma);
        Assert.True(lexicon.Cue("according")!.Verb.AfterRate > 0.9, "the source follows 'according to'");
        Assert.True(lexicon.Cue("stated")!.Rate > lexicon.Cue("states")!.Rate, "'stated' is a cue far more often than 'states'");
        Assert.Null(lexicon.Cue("harbour"));
    }

    [Fact]
    public void Speaker_nouns_are_classed()
    {
        var lexicon = QuoteLexicon.Shared;
        Assert.Equal(SpeakerNounClass.Person, lexicon.NounClass("spokesman"));
        Assert.Equal(SpeakerNounClass.Text, lexicon.NounClass("statement"));
        Assert.Equal(SpeakerNounClass.Person, lexicon.NounClass("officials"));
    }

    [Fact]
    public void Lexicon_lines_are_parsed_and_bad_ones_named()
    {
        var lexicon = new QuoteLexicon(["# comment", "quip\t4\t6\t3\t1\t1\tquipped:3:4,quips:1:2"], ["herald\ttext\t3"]);
        Assert.Equal(4, lexicon.Cue("quipped")!.Verb.CueCount);
        Assert.Equal(SpeakerNounClass.Text, lexicon.NounClass("herald"));
        var e = Assert.Throws<InvalidDataException>(() => new QuoteLexicon(["quip\t4"], []));
        Assert.Contains(QuoteLexicon.CuesFile, e.Message);
    }

    [Fact]
    public void Content_model_learns_a_separable_choice_and_round_trips()
    {
        string[] candidates = ["clause", "quoted"];
        var examples = new List<(string[] Features, string[] Candidates, int Label)>();
        for (int i = 0; i < 50; i++)
        {
            examples.Add((["bias", "cue=chant"], candidates, 1));
            examples.Add((["bias", "cue=say"], candidates, 0));
        }
        var model = QuoteContentModel.Train(examples, l2: 1e-4);
        Assert.Equal(1, model.Choose(candidates, ["bias", "cue=chant"]));
        Assert.Equal(0, model.Choose(candidates, ["bias", "cue=say"]));
        var again = QuoteContentModel.Parse(model.Serialize("# test\n").Split('\n'));
        Assert.Equal(model.Score("quoted", ["bias", "cue=chant"]), again.Score("quoted", ["bias", "cue=chant"]), 3);
        // Without weights the clause is kept, whatever comes first in the list.
        Assert.Equal(1, QuoteContentModel.None.Choose(["quoted", "clause"], ["bias", "cue=chant"]));
    }
}
