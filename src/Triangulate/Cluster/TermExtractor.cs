using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Cluster;

/// <summary>
/// Turns an article into the weighted terms the story clusterer compares: content words only (stop words,
/// punctuation, bare numbers and URLs dropped), each reduced to its lemma with diacritics folded, so
/// "drones"/"drone" and "Müller"/"Muller" are one term. Title words count <see cref="TitleWeight"/> times.
/// Words inside entity mentions count <see cref="EntityWeight"/> times, and a multi-word entity name is one
/// more term of its own ("Marco Rubio"), which tells apart stories about two people who share a surname;
/// without an entity layer, a capitalised word that does not open a sentence is taken as part of a name.
/// The lemma and hash of a word type are computed once and cached by lexeme id.
/// </summary>
public sealed class TermExtractor
{
    /// <summary>What a word type contributes; <see cref="Text"/> is null for a word type that is not a term.
    /// The lexeme is kept to check a cache hit: ids are unique only within one lexicon.</summary>
    private sealed class TermInfo(Lexeme lexeme, ulong hash, string? text)
    {
        public readonly Lexeme Lexeme = lexeme;
        public readonly ulong Hash = hash;
        public readonly string? Text = text;
        /// <summary>How a name is shown: as written ("Rubio", "NATO"), not as its lemma.</summary>
        public string Surface => Lexeme.Text;
    }

    private readonly Lemmatizer lemmatizer;
    private readonly Tokenizer tokenizer;
    private readonly Lock growing = new();
    private TermInfo?[] byLexeme = new TermInfo?[1 << 14];

    [ThreadStatic] private static Dictionary<ulong, (float Count, string Text, bool Entity)>? scratch;

    public TermExtractor(Lemmatizer lemmatizer, Tokenizer tokenizer, float titleWeight = 2f, float entityWeight = 1.5f)
    {
        this.lemmatizer = lemmatizer;
        this.tokenizer = tokenizer;
        TitleWeight = titleWeight;
        EntityWeight = entityWeight;
    }

    /// <summary>The extractor over the process-wide lemmatizer and tokenizer.</summary>
    public static TermExtractor Shared => shared.Value;
    private static readonly Lazy<TermExtractor> shared = new(() => new TermExtractor(Lemmatizer.Shared, Tokenizer.Shared));

    public float TitleWeight { get; }
    public float EntityWeight { get; }

    /// <summary>Terms of an analysed article: its tokens (body), its title, and its entity mentions when present.</summary>
    public ClusterInput Extract(Doc doc)
    {
        var counts = Scratch();
        var tokens = doc.Tokens;
        float[]? boost = null;
        if (doc.Has(Layer.Entities))
        {
            boost = new float[tokens.Count];
            foreach (var mention in doc.Mentions)
                for (int t = mention.FirstToken; t < mention.FirstToken + mention.TokenCount && t < boost.Length; t++) boost[t] = EntityWeight;
            foreach (var entity in doc.Entities) AddName(counts, entity.Name, entity.Mentions.Length * EntityWeight);
        }
        else if (doc.Has(Layer.Sentences))
        {
            boost = new float[tokens.Count];
            foreach (var sentence in doc.Sentences)
            {
                // The first word of a sentence is capitalised whatever it is; after it, capitals mark names.
                for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
                {
                    ref readonly var token = ref tokens[t];
                    if (token.IsWord && token.Lexeme.IsCapitalised && !tokens[t - 1].Lexeme.Is(LexemeFlags.Punct)) boost[t] = EntityWeight;
                }
            }
        }

        var span = tokens.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            var info = InfoOf(in span[i]);
            if (info is null) continue;
            bool entity = boost is not null && boost[i] > 0;
            Count(counts, info, entity ? boost![i] : 1f, entity);
        }
        if (doc.Article.Title is { Length: > 0 } title)
            foreach (ref readonly var token in tokenizer.Tokenize(title).AsSpan())
                if (InfoOf(in token) is { } info) Count(counts, info, TitleWeight, false);

        return Build(doc.Id, doc.Article.Published, counts);
    }

    /// <summary>Terms of plain text (already preprocessed text, a headline, a snippet): tokens only, no entity cues.</summary>
    public ClusterInput Extract(string id, string text, DateTimeOffset? published = null)
    {
        var counts = Scratch();
        foreach (ref readonly var token in tokenizer.Tokenize(text).AsSpan())
            if (InfoOf(in token) is { } info) Count(counts, info, 1f, false);
        return Build(id, published, counts);
    }

    private static Dictionary<ulong, (float Count, string Text, bool Entity)> Scratch()
    {
        var counts = scratch ??= new Dictionary<ulong, (float, string, bool)>(512);
        counts.Clear();
        return counts;
    }

    private static void Count(Dictionary<ulong, (float Count, string Text, bool Entity)> counts, TermInfo info, float weight, bool entity)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, info.Hash, out bool existed);
        if (!existed) slot.Text = entity ? info.Surface : info.Text!;
        else if (entity && !slot.Entity) slot.Text = info.Surface;
        slot.Count += weight;
        slot.Entity |= entity;
    }

    private void AddName(Dictionary<ulong, (float Count, string Text, bool Entity)> counts, string name, float weight)
    {
        // A one-word name is already a token term (boosted); only longer names add a phrase term.
        if (!name.AsSpan().Trim().Contains(' ')) return;
        string key = Lexicon.Fold(Lexicon.Normalise(name.Trim()));
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, StableHash.Of(key), out bool existed);
        if (!existed) slot.Text = name.Trim();
        slot.Count += weight;
        slot.Entity = true;
    }

    private static ClusterInput Build(string id, DateTimeOffset? published, Dictionary<ulong, (float Count, string Text, bool Entity)> counts)
    {
        var terms = new ClusterTerm[counts.Count];
        var keys = new ulong[counts.Count];
        int n = 0;
        foreach (var (hash, value) in counts)
        {
            keys[n] = hash;
            terms[n++] = new ClusterTerm(hash, value.Count, value.Text, value.Entity);
        }
        Array.Sort(keys, terms); // by the bare keys: a primitive sort, no comparer calls
        return new ClusterInput(id, published, ImmutableCollectionsMarshal.AsImmutableArray(terms));
    }

    /// <summary>The term a token stands for, or null for a token that is not a content word.</summary>
    private TermInfo? InfoOf(in Token token)
    {
        var lexeme = token.Lexeme;
        var cache = byLexeme;
        if (lexeme.Id < cache.Length && cache[lexeme.Id] is { } known && ReferenceEquals(known.Lexeme, lexeme)) return known.Text is null ? null : known;

        var info = Compute(in token);
        lock (growing)
        {
            if (lexeme.Id >= byLexeme.Length)
            {
                var bigger = new TermInfo?[Math.Max(byLexeme.Length * 2, lexeme.Id + 1)];
                Array.Copy(byLexeme, bigger, byLexeme.Length);
                byLexeme = bigger;
            }
            byLexeme[lexeme.Id] = info;
        }
        return info.Text is null ? null : info;
    }

    private TermInfo Compute(in Token token)
    {
        var lexeme = token.Lexeme;
        // Kind is a property of the word type too (the tokenizer derives it from the text alone).
        var none = new TermInfo(lexeme, 0, null);
        if (token.Kind != TokenKind.Word || lexeme.IsStop || lexeme.Norm.Length < 2) return none;
        if (!lexeme.Is(LexemeFlags.Upper | LexemeFlags.Lower | LexemeFlags.Title)) return none; // no letters
        if (!char.IsLetterOrDigit(lexeme.Norm[0])) return none; // clitics: "'s", "n't"
        string lemma = Lexicon.Fold(lemmatizer.Lemma(lexeme.Norm));
        if (lemma.Length < 2) return none;
        return new TermInfo(lexeme, StableHash.Of(lemma), lemma);
    }
}
