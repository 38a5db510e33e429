using Triangulate.Extract.Tags;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Tags;

public class TagsStageTests
{
    private static Doc Analyse(string text)
    {
        var article = new Article { Id = "t", Text = text, Origin = "test" };
        var pipeline = new PipelineBuilder { FailureMode = FailureMode.Throw }.Add(new SegmentStage(Tokenizer.Shared)).Add(new TagsStage()).Build();
        return pipeline.Run(article).Doc!;
    }

    [Fact]
    public void Every_token_gets_a_tag_and_common_words_get_the_right_one()
    {
        var doc = Analyse("The harbour authority said on Tuesday that three ferries were damaged. Officials in Portmere expect repairs to take weeks.");
        Assert.Equal(doc.Tokens.Count, doc.Tags.Length);
        Assert.DoesNotContain(PosTag.None, doc.Tags);
        PosTag TagOf(string word)
        {
            for (int i = 0; i < doc.Tokens.Count; i++) if (doc.Tokens[i].Text == word) return doc.Tags[i];
            throw new InvalidOperationException(word);
        }
        Assert.Equal(PosTag.DT, TagOf("The"));
        Assert.Equal(PosTag.VBD, TagOf("said"));
        Assert.Equal(PosTag.CD, TagOf("three"));
        Assert.Equal(PosTag.NNS, TagOf("ferries"));
        Assert.Equal(PosTag.NNP, TagOf("Portmere"));
        Assert.Equal(PosTag.Punct, TagOf("."));
    }

    [Fact]
    public void An_empty_article_gets_no_tags()
    {
        var doc = Analyse("");
        Assert.Empty(doc.Tags);
    }
}
