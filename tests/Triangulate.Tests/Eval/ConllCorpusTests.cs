using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public class ConllCorpusTests
{
    [Fact]
    public void Documents_and_sentences_are_split_at_docstart_and_blank_lines()
    {
        var lines = new[]
        {
            "-DOCSTART- -X- O O", "",
            "Vela NNP I-NP I-PER", "spoke VBD I-VP O", ". . O O", "",
            "Harlow NNP I-NP I-LOC", "",
            "-DOCSTART- -X- O O", "",
            "Okon NNP I-NP I-ORG", "",
        };
        var docs = ConllCorpus.Parse(lines, "tiny");
        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(["Vela", "spoke", "."], docs[0].Sentences[0].Words);
        Assert.Equal(["NNP", "VBD", "."], docs[0].Sentences[0].PosTags);
        Assert.Equal(["I-PER", "O", "O"], docs[0].Sentences[0].NerTags);
    }

    [Fact]
    public void A_line_without_an_iob_tag_is_reported_with_its_line_number()
    {
        var e = Assert.Throws<InvalidDataException>(() => ConllCorpus.Parse(["Vela NNP I-NP PERSON"], "bad.conll"));
        Assert.Contains("bad.conll:1", e.Message);
    }
}
