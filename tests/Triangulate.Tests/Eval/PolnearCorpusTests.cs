using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public class PolnearCorpusTests
{
    [Fact]
    public void The_first_annotation_file_of_an_article_by_name_is_used()
    {
        string dir = Path.Combine(Path.GetTempPath(), "tq-polnear-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "text"));
            Directory.CreateDirectory(Path.Combine(dir, "attributions"));
            File.WriteAllText(Path.Combine(dir, "text", "outlet_2016-01-01_story.txt"), "“Yes,” Ortiz said.");
            File.WriteAllText(Path.Combine(dir, "attributions", "outlet_2016-01-01_story_b2.ann"), "T1\tContent 0 6\t“Yes,”\nE1\tAttribution:T1 Content:T1");
            File.WriteAllText(Path.Combine(dir, "attributions", "outlet_2016-01-01_story_a1.ann"), "T1\tSource 7 12\tOrtiz\nT2\tContent 0 6\t“Yes,”\nE1\tAttribution:T2 Content:T2 Source:T1");
            var corpus = PolnearCorpus.Read(dir);
            var article = Assert.Single(corpus);
            Assert.Equal("outlet_2016-01-01_story", article.Id);
            Assert.EndsWith("_a1.ann", article.AnnotationFile);
            Assert.Single(article.Attributions[0].Source);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_missing_article_text_is_reported_by_name()
    {
        string dir = Path.Combine(Path.GetTempPath(), "tq-polnear-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "text"));
            Directory.CreateDirectory(Path.Combine(dir, "attributions"));
            File.WriteAllText(Path.Combine(dir, "attributions", "gone_x.ann"), "");
            var e = Assert.Throws<FileNotFoundException>(() => PolnearCorpus.Read(dir));
            Assert.Contains("gone.txt", e.Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
