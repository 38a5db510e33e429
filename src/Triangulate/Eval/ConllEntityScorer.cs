namespace Triangulate.Eval;

/// <summary>
/// Entity-level scoring exactly as the CoNLL shared tasks' <c>conlleval</c> script does it: a chunk starts and
/// ends by conlleval's rules (so IOB1, IOB2 and IOBES tags all work, and gold and guess may use different
/// schemes), a guessed chunk is correct only if its first token, last token and type all match a gold chunk,
/// and precision, recall and FB1 are reported overall and per type. Feed it token by token, with
/// <see cref="AddBoundary"/> for each blank line; a <c>-DOCSTART-</c> line is an ordinary token tagged O, as in conlleval.
/// </summary>
public sealed class ConllEntityScorer
{
    private readonly SortedDictionary<string, (int Gold, int Guessed, int Correct)> byType = new(StringComparer.Ordinal);
    private char lastCorrect = 'O', lastGuessed = 'O';
    private string lastCorrectType = "", lastGuessedType = "";
    private bool inCorrect;

    public int Tokens { get; private set; }
    public int CorrectTags { get; private set; }
    public int GoldChunks { get; private set; }
    public int GuessedChunks { get; private set; }
    public int CorrectChunks { get; private set; }

    public IReadOnlyDictionary<string, (int Gold, int Guessed, int Correct)> ByType => byType;

    /// <summary>A sentence boundary (conlleval's blank line): closes open chunks and is not counted as a token.</summary>
    public void AddBoundary() => Step("O", "O", counted: false);

    public void Add(string goldTag, string guessedTag) => Step(goldTag, guessedTag, counted: true);

    private void Step(string goldTag, string guessedTag, bool counted)
    {
        var (correct, correctType) = Split(goldTag);
        var (guessed, guessedType) = Split(guessedTag);
        if (inCorrect)
        {
            bool goldEnds = EndOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            bool guessEnds = EndOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (goldEnds && guessEnds && lastGuessedType == lastCorrectType)
            {
                inCorrect = false;
                CorrectChunks++;
                Bump(lastCorrectType, correct: 1);
            }
            else if (goldEnds != guessEnds || guessedType != correctType) inCorrect = false;
        }
        bool goldStarts = StartOfChunk(lastCorrect, correct, lastCorrectType, correctType);
        bool guessStarts = StartOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
        if (goldStarts && guessStarts && guessedType == correctType) inCorrect = true;
        if (goldStarts) { GoldChunks++; Bump(correctType, gold: 1); }
        if (guessStarts) { GuessedChunks++; Bump(guessedType, guessed: 1); }
        if (counted)
        {
            if (correct == guessed && guessedType == correctType) CorrectTags++;
            Tokens++;
        }
        lastCorrect = correct; lastGuessed = guessed;
        lastCorrectType = correctType; lastGuessedType = guessedType;
    }

    /// <summary>Ends the input: a correct chunk still open after the last line counts (conlleval does the same).</summary>
    public void Finish()
    {
        if (inCorrect)
        {
            inCorrect = false;
            CorrectChunks++;
            Bump(lastCorrectType, correct: 1);
        }
    }

    private void Bump(string type, int gold = 0, int guessed = 0, int correct = 0)
    {
        var v = byType.GetValueOrDefault(type);
        byType[type] = (v.Gold + gold, v.Guessed + guessed, v.Correct + correct);
    }

    private static (char Tag, string Type) Split(string tag)
    {
        if (tag.Length == 0 || tag == "O") return ('O', "");
        int dash = tag.IndexOf('-');
        return dash < 0 ? (tag[0], "") : (tag[0], tag[(dash + 1)..]);
    }

    // conlleval's endOfChunk and startOfChunk, rule for rule (including its handling of E and of '[' ']').
    private static bool EndOfChunk(char prevTag, char tag, string prevType, string type) =>
        (prevTag == 'B' && tag == 'B') || (prevTag == 'B' && tag == 'O') || (prevTag == 'I' && tag == 'B') || (prevTag == 'I' && tag == 'O')
        || (prevTag == 'E' && tag is 'E' or 'I' or 'O')
        || (prevTag != 'O' && prevTag != '.' && prevType != type)
        || prevTag is ']' or '[';

    private static bool StartOfChunk(char prevTag, char tag, string prevType, string type) =>
        (prevTag == 'B' && tag == 'B') || (prevTag == 'I' && tag == 'B') || (prevTag == 'O' && tag == 'B') || (prevTag == 'O' && tag == 'I')
        || (prevTag == 'E' && tag is 'E' or 'I') || (prevTag == 'O' && tag == 'E')
        || (tag != 'O' && tag != '.' && prevType != type)
        || tag is '[' or ']';

    public static double Precision(int correct, int guessed) => guessed == 0 ? 0 : (double)correct / guessed;
    public static double Recall(int correct, int gold) => gold == 0 ? 0 : (double)correct / gold;
    public static double F1(int correct, int gold, int guessed)
    {
        double p = Precision(correct, guessed), r = Recall(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double OverallPrecision => Precision(CorrectChunks, GuessedChunks);
    public double OverallRecall => Recall(CorrectChunks, GoldChunks);
    public double OverallF1 => F1(CorrectChunks, GoldChunks, GuessedChunks);
}
