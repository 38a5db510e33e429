using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Compare.Entities;

/// <summary>
/// Resolves each article's entities into story entities across articles and spellings. People match on
/// surname and a compatible first name under <see cref="NameKey"/> ("Volodymyr Zelenskyy" = "Volodymyr
/// Zelensky"; "Zelensky" alone joins the one Zelensky in the story, and stays apart if there are two);
/// organisations and places on their full name or an acronym of it ("NATO", "U.S." = "United States").
/// </summary>
public sealed class EntityResolver : IStoryStage
{
    public string Name => "resolve";

    private sealed class Cluster
    {
        public readonly List<(int Doc, DocEntity Entity)> Members = [];
        public readonly Dictionary<EntityType, int> TypeVotes = [];
        public string? Surname;                      // person: key of the last name word
        public readonly HashSet<string> FirstNames = []; // person: keys of first name words seen
        public readonly HashSet<string> FullKeys = [];   // space-joined keys of every full name seen
        public readonly HashSet<string> Acronyms = [];   // initials of multi-word names, and acronym forms
        public EntityType Type => TypeVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var candidates = new List<(int Doc, DocEntity Entity, string[] Keys)>();
        for (int d = 0; d < story.Docs.Length; d++)
        {
            var doc = story.Docs[d];
            if (!doc.Has(Layer.Entities)) continue;
            foreach (var e in doc.Entities) candidates.Add((d, e, NameKey.OfName(NameKey.Conventional(e.Name))));
        }
        // Fuller names first, so that a surname-only mention meets the full name it belongs to.
        var ordered = candidates.Where(c => c.Keys.Length > 0)
            .OrderByDescending(c => c.Keys.Length > 1).ThenBy(c => c.Doc).ThenBy(c => c.Entity.Index).ToList();

        var clusters = new List<Cluster>();
        foreach (var (doc, entity, keys) in ordered)
        {
            var target = FindCluster(clusters, entity, keys);
            if (target is null)
            {
                target = new Cluster();
                clusters.Add(target);
            }
            Add(target, doc, entity, keys);
        }
        return story with { Entities = Build(story, clusters) };
    }

    private static Cluster? FindCluster(List<Cluster> clusters, DocEntity entity, string[] keys)
    {
        string fullKey = string.Join(' ', keys);
        // An identical full name is the same entity whatever type the tagger gave it this time.
        var exact = clusters.Where(c => c.FullKeys.Contains(fullKey) && (keys.Length > 1 || Compatible(c.Type, entity.Type))).ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1) return exact.FirstOrDefault(c => c.Type == entity.Type) ?? exact[0];

        if (entity.Type == EntityType.Person)
        {
            string surname = keys[^1];
            var sameSurname = clusters.Where(c => c.Type == EntityType.Person && c.Surname is not null && NameKey.WordsMatch(c.Surname, surname)).ToList();
            if (keys.Length == 1) return sameSurname.Count == 1 ? sameSurname[0] : null; // ambiguous surname: leave apart
            string first = keys[0];
            var compatible = sameSurname.Where(c => c.FirstNames.Count == 0 || c.FirstNames.Any(f => NameKey.WordsMatch(f, first) || IsInitialOf(f, first))).ToList();
            return compatible.Count == 1 ? compatible[0] : null;
        }

        // An organisation or other name that ends in a person's full name is that person behind words the recogniser
        // took into the name ("Presidential Office Andriy Yermak" after "Head of the"): join the person.
        if (entity.Type != EntityType.Location && keys.Length > 2)
        {
            var person = clusters.Where(c => c.Type == EntityType.Person && c.FullKeys.Any(k => k.Contains(' ') && fullKey.EndsWith(" " + k, StringComparison.Ordinal))).ToList();
            if (person.Count == 1) return person[0];
        }

        // Organisations and places: acronym against initials ("NATO", "US" ~ "United States").
        string? acronym = NameKey.AsAcronym(entity.Name);
        string initials = keys.Length > 1 ? NameKey.Initials(entity.Name) : "";
        var byAcronym = clusters.Where(c => c.Type != EntityType.Person &&
            ((acronym is not null && c.Acronyms.Contains(acronym)) || (initials.Length > 1 && c.Acronyms.Contains(initials)))).ToList();
        return byAcronym.Count == 1 ? byAcronym[0] : null;
    }

    private static bool IsInitialOf(string a, string b) => (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || (a is EntityType.Organization or EntityType.Location && b is EntityType.Organization or EntityType.Location);

    private static void Add(Cluster cluster, int doc, DocEntity entity, string[] keys)
    {
        cluster.Members.Add((doc, entity));
        cluster.TypeVotes[entity.Type] = cluster.TypeVotes.GetValueOrDefault(entity.Type) + entity.Mentions.Length;
        cluster.FullKeys.Add(string.Join(' ', keys));
        if (entity.Type == EntityType.Person)
        {
            cluster.Surname ??= keys[^1];
            if (keys.Length > 1) cluster.FirstNames.Add(keys[0]);
        }
        if (NameKey.AsAcronym(entity.Name) is { } acronym) cluster.Acronyms.Add(acronym);
        if (keys.Length > 1) cluster.Acronyms.Add(NameKey.Initials(entity.Name));
    }

    private static ImmutableArray<StoryEntity> Build(StoryAnalysis story, List<Cluster> clusters)
    {
        var built = new List<StoryEntity>();
        foreach (var cluster in clusters)
        {
            var mentions = new List<EntityMentionRef>();
            var forms = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var titles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var docEntities = new List<DocEntityRef>();
            foreach (var (d, entity) in cluster.Members.OrderBy(m => m.Doc).ThenBy(m => m.Entity.Index))
            {
                var doc = story.Docs[d];
                docEntities.Add(new DocEntityRef(doc.Id, entity.Index));
                foreach (int m in entity.Mentions)
                {
                    var mention = doc.Mentions[m];
                    mentions.Add(new EntityMentionRef(doc.Id, m, mention.Span, mention.Text));
                    if (mention.IsReference) continue; // "the company" is not a spelling of the name
                    if (!forms.TryGetValue(mention.Text, out var articles)) forms[mention.Text] = articles = new SortedSet<string>(StringComparer.Ordinal);
                    articles.Add(doc.Id);
                }
                foreach (var t in entity.Titles) titles[t] = titles.GetValueOrDefault(t) + 1;
            }
            // The name: the fullest form of the cluster's own type, in the spelling most articles use.
            var type = cluster.Type;
            string name = cluster.Members
                .GroupBy(m => m.Entity.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Any(m => m.Entity.Type == type))
                .ThenByDescending(g => NameKey.OfName(g.Key).Length)
                .ThenByDescending(g => g.Select(m => m.Doc).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            var articleIds = story.Docs.Select(doc => doc.Id).Where(id => mentions.Any(m => m.ArticleId == id)).ToImmutableArray();
            built.Add(new StoryEntity
            {
                Id = "",
                Type = cluster.Type,
                Name = name,
                Titles = titles.OrderByDescending(t => t.Value).ThenByDescending(t => t.Key.Length).Select(t => t.Key).ToImmutableArray(),
                Forms = forms.OrderByDescending(f => f.Value.Count).ThenBy(f => f.Key, StringComparer.Ordinal)
                    .Select(f => new EntityForm(f.Key, f.Value.ToImmutableArray())).ToImmutableArray(),
                Mentions = mentions.ToImmutableArray(),
                Articles = articleIds,
                DocEntities = docEntities.ToImmutableArray(),
            });
        }
        // Most salient first: in most articles, then most mentioned.
        return built.OrderByDescending(e => e.Articles.Length).ThenByDescending(e => e.Mentions.Length).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select((e, i) => e with { Id = $"E{i + 1}" }).ToImmutableArray();
    }
}
