using Triangulate.Model;

namespace Triangulate.Extract.Quantities;

internal sealed partial class QuantityFinder
{
    /// <summary>A number as written, before its unit, noun and hedge are known.</summary>
    private struct Numeral
    {
        public int First, End;
        public double Value;
        public double? Upper;
        public QuantityKind Kind;
        public bool Vague, Words, Scaled, SingleTokenRange;
        /// <summary>Unit carried inside the token ("30-day", "10km").</summary>
        public string? Unit;
        /// <summary>"30-day", "15-member", "three-year": the numeral is an adjective for the noun after it.</summary>
        public bool Compound;
        /// <summary>"15-member delegation": what the compound counts ("member").</summary>
        public string? CompoundNoun;
        public Hedge SuffixHedge;
        /// <summary>The numeral swallowed "of" ("dozens of", "half of"): the noun follows directly.</summary>
        public bool TookOf;
    }

    /// <summary>Parses the number starting at token <paramref name="i"/>, with any scale word after it
    /// ("1.5 million") and any range ("10 to 12", "two or three", "10-12").</summary>
    private bool TryNumeral(int i, int end, out Numeral n)
    {
        if (!TrySimpleNumeral(i, end, out n)) return false;
        // "a trillion trillion …" overflows to infinity, which no report can print: not a quantity.
        if (!double.IsFinite(n.Value) || n.Value > 1e18) return false;
        if (n.Kind is QuantityKind.Count && !n.Vague && n.Upper is null) TryRange(ref n, end);
        return true;
    }

    private void TryRange(ref Numeral n, int end)
    {
        int j = n.End;
        if (j + 1 >= end) return;
        string link = tokens[j].Norm;
        bool between = n.First - 1 >= 0 && tokens[n.First - 1].Norm == "between";
        bool from = n.First - 1 >= 0 && tokens[n.First - 1].Norm == "from";
        // "from 10 to 12" is usually a change ("rose from 10 to 12"): two quantities, not a range.
        if (!(link is "to" or "-" or "or" && !from || link == "and" && between)) return;
        if (claimed[j + 1] || !TrySimpleNumeral(j + 1, end, out var upper) || upper.Kind != QuantityKind.Count || upper.Vague || upper.Words != n.Words) return;
        double low = n.Value;
        // "2 to 3 million": the scale written once applies to both ends.
        if (upper.Scaled && !n.Scaled && upper.Value > low)
        {
            double scale = ScaleOf(upper);
            if (low * scale <= upper.Value) low *= scale;
        }
        if (upper.Value <= low) return;
        n.Value = low;
        n.Upper = upper.Value;
        n.End = upper.End;
        n.Unit ??= upper.Unit;
        n.Compound |= upper.Compound;
    }

    private double ScaleOf(in Numeral upper)
    {
        for (int k = upper.First + 1; k < upper.End; k++)
            if (NumberWords.TryScale(tokens[k].Norm, out double scale)) return scale;
        return 1;
    }

    private bool TrySimpleNumeral(int i, int end, out Numeral n)
    {
        n = new Numeral { First = i, End = i + 1, Kind = QuantityKind.Count };
        ref readonly var t = ref tokens[i];
        if (claimed[i]) return false;
        if (t.Kind == TokenKind.Number) return DigitNumeral(i, end, ref n);
        if (t.Kind != TokenKind.Word) return false;
        if (t.Lexeme.Is(LexemeFlags.HasDigit)) return DigitWordNumeral(i, end, ref n);
        return NumberWords.CanOpen(t.Norm) && WordNumeral(i, end, ref n);
    }

    private bool DigitNumeral(int i, int end, ref Numeral n)
    {
        string text = tokens[i].Text;
        if (!NumberWords.TryDigits(text, out double value))
        {
            // "10-12": a range in one token; scores ("3-1") and phone numbers ("555-0123") fail the checks.
            int dash = text.IndexOf('-');
            if (dash <= 0 || text.IndexOf('-', dash + 1) >= 0) return false;
            var left = text.AsSpan(0, dash);
            var right = text.AsSpan(dash + 1);
            if (right.Length == 0 || right[0] == '0' || left[0] == '0' && left.Length > 1) return false;
            if (!NumberWords.TryDigits(left, out double low) || !NumberWords.TryDigits(right, out double high) || high <= low) return false;
            if (i > 0 && tokens[i - 1].Norm is "a" or "an" or "the") return false; // "a 1-3 defeat"
            n.Value = low;
            n.Upper = high;
            n.SingleTokenRange = true;
            return true;
        }
        // Leading zeros mark codes and phone fragments ("0143"), not amounts.
        if (text.Length > 1 && text[0] == '0' && text[1] != '.') return false;
        n.Value = value;
        ApplyScale(ref n, end);
        return true;
    }

    private void ApplyScale(ref Numeral n, int end)
    {
        int j = n.End;
        // "1.5 million", "300 billion", "a hundred thousand"
        while (j < end && NumberWords.TryScale(tokens[j].Norm, out double scale) && !claimed[j])
        {
            n.Value *= scale;
            n.Scaled = true;
            j++;
        }
        n.End = j;
    }

    /// <summary>Tokens that mix digits and letters: "30-day", "21st", "5bn", "10km", "300-plus". Everything else
    /// with a digit ("G7", "COVID-19", "MH17", "F-16") names a thing and is not a number.</summary>
    private bool DigitWordNumeral(int i, int end, ref Numeral n)
    {
        string text = tokens[i].Text;
        if (!char.IsAsciiDigit(text[0])) return false;
        if (NumberWords.TryDigitOrdinal(text, out int ordinal))
        {
            n.Value = ordinal;
            n.Kind = QuantityKind.Ordinal;
            return true;
        }
        int k = 0;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] is '.' or ',')) k++;
        var digits = text.AsSpan(0, k);
        if (!NumberWords.TryDigits(digits, out double value) || digits.Length > 1 && digits[0] == '0' && digits[1] != '.') return false;
        n.Value = value;
        var rest = text.AsSpan(k);
        if (rest.Length > 1 && rest[0] is '-' or '\u2010' or '\u2011') return CompoundTail(rest[1..].ToString(), ref n);
        string suffix = rest.ToString();
        if (NumberWords.TryGluedScale(suffix, out double scale))
        {
            n.Value *= scale;
            n.Scaled = true;
            return true;
        }
        if (TimeUnits.TryGet(suffix, out string timeUnit, out _) && suffix.Length > 1)
        {
            n.Kind = QuantityKind.Duration;
            n.Unit = timeUnit;
            return true;
        }
        var units = this.units.Find(suffix, suffix.ToLowerInvariant());
        foreach (var u in units)
        {
            if (u.IsCurrency) continue;
            n.Kind = QuantityKind.Measure;
            n.Unit = u.Unit;
            return true;
        }
        return false;
    }

    /// <summary>The part after "30-" or "three-": a time unit ("day", "year-old"), a unit of measure ("mile"),
    /// a hedge ("plus", "odd"), "strong" ("a 300-strong force"), or a noun the compound counts ("member").</summary>
    private bool CompoundTail(string tail, ref Numeral n)
    {
        string lower = tail.ToLowerInvariant();
        var hedge = HedgePhrases.CompoundSuffix(lower);
        if (hedge != Hedge.None) { n.SuffixHedge = hedge; return true; }
        string first = lower.Split('-', '\u2010', '\u2011')[0];
        n.Compound = true;
        if (TimeUnits.TryGet(first, out string timeUnit, out _))
        {
            n.Kind = QuantityKind.Duration;
            n.Unit = timeUnit;
            return true;
        }
        foreach (var u in units.Find(first, first))
        {
            if (u.IsCurrency) continue;
            n.Kind = QuantityKind.Measure;
            n.Unit = u.Unit;
            return true;
        }
        if (first == "strong") return true; // counts the noun it modifies
        if (first.Length == 0 || !first.All(char.IsLetter)) return false;
        n.CompoundNoun = lemmatizer.Lemma(first, Text.WordClass.Noun);
        return true;
    }

    private bool WordNumeral(int i, int end, ref Numeral n)
    {
        string norm = tokens[i].Norm;
        n.Words = true;
        string? next = i + 1 < end ? tokens[i + 1].Norm : null;

        // Hyphenated compounds of number words: "three-year", "two-thirds", "twenty-five" (a cardinal itself).
        int dash = norm.IndexOf('-');
        if (dash > 0 && !NumberWords.TryCardinal(norm, out _) && !NumberWords.TryOrdinal(norm, out _))
        {
            if (!NumberWords.TryCardinal(norm.AsSpan(0, dash), out int head))
            {
                // "twenty-five-year": the cardinal is the first two parts.
                int second = norm.IndexOf('-', dash + 1);
                if (second < 0 || !NumberWords.TryCardinal(norm.AsSpan(0, second), out head)) return false;
                dash = second;
            }
            string tail = norm[(dash + 1)..];
            if (NumberWords.TryDenominator(tail, out int denominator) && head < denominator * 10)
            {
                n.Value = (double)head / denominator;
                n.Kind = QuantityKind.Fraction;
                return true;
            }
            n.Value = head;
            return CompoundTail(tail, ref n);
        }

        if (norm is "a" or "an")
        {
            if (next is null) return false;
            // "a hundred", "a million", "a dozen"
            if (NumberWords.TryScale(next, out double scale) && next is not ("mln" or "mn" or "bn" or "bln" or "tn" or "trn"))
            {
                n.Value = scale;
                n.End = i + 2;
                n.Scaled = true;
                ApplyScale(ref n, end);
                return true;
            }
            if (next == "dozen") { n.Value = 12; n.End = i + 2; return true; }
            // "a week of talks", "an hour later": one unit of time. "a second" is an ordinal in news text, and
            // "once a week", "twice a year" are rates, not durations.
            if (TimeUnits.TryGet(next, out string unit, out _) && next == unit && next != "second"
                && !(i > 0 && tokens[i - 1].Norm is "once" or "twice" or "thrice" or "times" or "per"))
            {
                n.Value = 1;
                return true;
            }
            // "a few", "a couple of", "a handful of"
            if (next is "few" or "couple" or "handful" && NumberWords.TryVagueDeterminer(next, out var range))
            {
                n.Value = range.Low;
                n.Upper = range.High > range.Low ? range.High : null;
                n.Vague = true;
                n.End = i + 2;
                TakeOf(ref n, end);
                return true;
            }
            // "a third of", "a quarter of", "a half"
            if (NumberWords.TryDenominator(next, out int den) && (i + 2 >= end || tokens[i + 2].Norm is "of" || tokens[i + 2].Kind == TokenKind.Punctuation))
            {
                n.Value = 1.0 / den;
                n.Kind = QuantityKind.Fraction;
                n.End = i + 2;
                return true;
            }
            return false;
        }

        if (norm == "half")
        {
            // "half a million"
            if (next is "a" && i + 2 < end && NumberWords.TryScale(tokens[i + 2].Norm, out double s))
            {
                n.Value = 0.5 * s;
                n.End = i + 3;
                n.Scaled = true;
                return true;
            }
            // "half an hour", "half a day"
            if (next is "a" or "an" && i + 2 < end && TimeUnits.TryGet(tokens[i + 2].Norm, out _, out _))
            {
                n.Value = 0.5;
                n.End = i + 2;
                return true;
            }
            if (next is "of" || i > 0 && tokens[i - 1].Norm is "a" or "one")
            {
                n.Value = 0.5;
                n.Kind = QuantityKind.Fraction;
                return true;
            }
            return false;
        }

        // "tens of thousands of", "hundreds of thousands of", "dozens of"
        if (norm == "tens" && next == "of" && i + 2 < end && NumberWords.TryVaguePlural(tokens[i + 2].Norm, out var tens) && tens.Low >= 2_000)
        {
            n.Value = tens.Low * 10;
            n.Upper = tens.High * 10 + 9;
            n.Vague = true;
            n.End = i + 3;
            TakeOf(ref n, end);
            return true;
        }
        if (NumberWords.TryVaguePlural(norm, out var vague))
        {
            n.Value = vague.Low;
            n.Upper = vague.High;
            n.Vague = true;
            if (next == "of" && i + 2 < end && NumberWords.TryVaguePlural(tokens[i + 2].Norm, out var inner) && inner.Low > vague.Low)
            {
                double innerScale = inner.Low / 2; // "thousands" counts in thousands: 2,000 … 9,999
                n.Value = vague.Low * innerScale;     // "hundreds of thousands": 200,000 … 999,999
                n.Upper = (vague.High + 1) * innerScale - 1;
                n.End = i + 3;
            }
            TakeOf(ref n, end);
            return true;
        }
        if (norm == "several")
        {
            NumberWords.TryVagueDeterminer(norm, out var several);
            n.Value = several.Low;
            n.Upper = several.High;
            n.Vague = true;
            TakeOf(ref n, end);
            return true;
        }

        if (NumberWords.TryOrdinal(norm, out int ordinalValue))
        {
            // "a third", "two thirds" are fractions above; "second" after a number is a unit of time.
            n.Value = ordinalValue;
            n.Kind = QuantityKind.Ordinal;
            return true;
        }

        if (!NumberWords.TryCardinal(norm, out int value)) return false;
        if (norm == "one" && !CountingOne(i, end)) return false;
        // "three", "one hundred and twenty", "two million", "two dozen"; "two thirds" as a fraction.
        double total = 0, current = value;
        int j = i + 1;
        while (j < end)
        {
            string w = tokens[j].Norm;
            if (w == "hundred") { current *= 100; j++; continue; }
            if (w == "dozen") { current *= 12; j++; continue; }
            if (NumberWords.TryScale(w, out double scale) && scale >= 1000)
            {
                total += current * scale;
                current = 0;
                n.Scaled = true;
                j++;
                continue;
            }
            if (w == "and" && j + 1 < end && NumberWords.TryCardinal(tokens[j + 1].Norm, out int after) && after < 100 && (j - 1 >= i && tokens[j - 1].Norm is "hundred" or "thousand" or "million"))
            {
                current += after;
                j += 2;
                continue;
            }
            if (NumberWords.TryCardinal(w, out int more) && more < 10 && current % 100 != 0 && current >= 20 && current < 100) break;
            if (NumberWords.TryCardinal(w, out more) && more < 100 && current >= 100 && current % 100 == 0 && j - 1 >= i && tokens[j - 1].Norm == "hundred")
            {
                current += more; // "one hundred twenty"
                j++;
                continue;
            }
            break;
        }
        n.Value = total + current;
        n.End = j;
        if (!double.IsFinite(n.Value)) return false;
        if (j < end && NumberWords.TryDenominator(tokens[j].Norm, out int denominatorWord) && tokens[j].Norm.EndsWith('s') && value < denominatorWord)
        {
            n.Value = (double)value / denominatorWord; // "two thirds", "three quarters"
            n.Kind = QuantityKind.Fraction;
            n.End = j + 1;
        }
        return true;
    }

    /// <summary>"one" counts unless it is a pronoun: "no one", "one another", "the one who", "one of the most …".</summary>
    private bool CountingOne(int i, int end)
    {
        string? previous = i > 0 ? tokens[i - 1].Norm : null;
        string? next = i + 1 < end ? tokens[i + 1].Norm : null;
        if (previous is "no" or "the" or "that" or "this" or "any" or "every" or "each" or "which" or "someone" or "anyone") return false;
        if (next is "another" or "'s" or "who" or "which" or "that" or null) return false;
        if (next == "of" && i + 3 < end && tokens[i + 2].Norm == "the" && tokens[i + 3].Norm is "most" or "best" or "worst" or "largest" or "biggest" or "few") return false;
        return true;
    }

    private void TakeOf(ref Numeral n, int end)
    {
        if (n.End < end && tokens[n.End].Norm == "of")
        {
            n.End++;
            n.TookOf = true;
        }
    }
}
