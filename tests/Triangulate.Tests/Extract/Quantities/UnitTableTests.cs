using Triangulate.Extract.Quantities;
using Triangulate.Resources;

namespace Triangulate.Tests.Extract.Quantities;

public class UnitTableTests
{
    [Fact]
    public void Builder_reads_currency_codes_and_gives_shared_head_words_to_the_most_used_currency()
    {
        const string dataJs = """
            /* Follows ISO 4217 */
            module.exports = [
              { "code": "USD", "number": "840", "digits": 2, "currency": "US Dollar", "countries": ["United States", "Ecuador", "Palau"] },
              { "code": "CAD", "number": "124", "digits": 2, "currency": "Canadian Dollar", "countries": ["Canada"] },
              { "code": "GBP", "number": "826", "digits": 2, "currency": "Pound Sterling", "countries": ["United Kingdom", "Jersey"] },
              { "code": "EGP", "number": "818", "digits": 2, "currency": "Egyptian Pound", "countries": ["Egypt"] },
              { "code": "RUB", "number": "643", "digits": 2, "currency": "Russian Ruble", "countries": ["Russia"] },
              { "code": "BYN", "number": "933", "digits": 2, "currency": "Belarusian Ruble", "countries": ["Belarus"] },
              { "code": "XAU", "number": "959", "digits": 0, "currency": "Gold", "countries": ["ZZ08_Gold"] }
            ];
            """;
        const string mapJs = """
            module.exports = {
              USD: '$',
              CAD: '$',
              GBP: '£',
              EGP: '£',
              RUB: '₽',
              BYN: 'Br',
            }
            """;
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var currencies = UnitTableBuilder.ReadCurrencies(dataJs);
        Assert.DoesNotContain(currencies, c => c.Code == "XAU"); // funds and metals are not money in prose
        Assert.Throws<InvalidDataException>(() => UnitTableBuilder.ReadSymbols(mapJs)); // too few symbols: a changed package
        var symbols = new Dictionary<string, string> { ["USD"] = "$", ["CAD"] = "$", ["GBP"] = "£", ["EGP"] = "£", ["RUB"] = "₽", ["BYN"] = "Br" };
        UnitTableBuilder.AddCurrencies(rows, currencies, symbols);
        var table = new UnitTable(rows);

        Assert.Equal("USD", table.Find("dollars")[0].Unit);
        Assert.Equal("GBP", table.Find("pounds")[0].Unit);     // "Pound Sterling" puts its noun first
        Assert.Equal("ruble", table.Find("rubles")[0].Unit);   // one country each: left unresolved
        Assert.Equal("CAD", table.Find("canadian dollars")[0].Unit);
        Assert.Equal("USD", table.Find("$")[0].Unit);
        Assert.Equal("RUB", table.Find("₽")[0].Unit);
        Assert.True(table.Find("Br").IsEmpty);                 // letters are not currency signs
        Assert.Equal("EUR", UnitTable.Shared.Find("€")[0].Unit);
    }

    [Fact]
    public void Builder_reads_convert_units_definitions_with_factors_to_the_metric_anchor()
    {
        const string lengthJs = """
            var metric, imperial;
            metric = {
              km: {
                name: {
                  singular: 'Kilometer',
                  plural: 'Kilometers'
                },
                to_anchor: 1000
              },
              m: { name: { singular: 'Meter', plural: 'Meters' }, to_anchor: 1 }
            };
            imperial = {
              mi: {
                name: {
                  singular: 'Mile'
                , plural: 'Miles'
                }
              , to_anchor: 5280
              }
            };
            module.exports = { metric: metric, imperial: imperial, _anchors: { metric: { unit: 'm', ratio: 3.28084 }, imperial: { unit: 'ft', ratio: 1/3.28084 } } };
            """;
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        UnitTableBuilder.AddUnits(rows, "length", lengthJs);
        var table = new UnitTable(rows);
        Assert.Equal(1000, table.Find("kilometres")[0].Factor);   // British spelling added
        Assert.Equal(1000, table.Find("km")[0].Factor);
        Assert.Equal(1609.34, table.Find("miles")[0].Factor!.Value, 2);
        Assert.True(table.Find("m").IsEmpty);                     // one-letter abbreviations read as words or scales
    }

    [Fact]
    public void Codes_and_abbreviations_match_by_case_names_by_norm()
    {
        var table = UnitTable.Shared;
        Assert.Equal("MW", table.Find("MW", "mw")[0].Unit);
        Assert.Equal("mW", table.Find("mW", "mw")[0].Unit);
        Assert.Equal("USD", table.Find("USD", "usd")[0].Unit);
        Assert.True(table.Find("usd", "usd").IsEmpty);
        Assert.Equal("km", table.Find("Kilometres", "kilometres")[0].Unit);
    }

    [Fact]
    public void A_malformed_line_names_the_table()
    {
        var e = Assert.Throws<InvalidDataException>(() => new UnitTable(["km\tkm"]));
        Assert.Contains("units.tsv", e.Message);
    }
}
