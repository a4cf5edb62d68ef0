package org.lagebild.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void countriesByGermanAndEnglishNameGenitiveInflectionAndCapitalCode() {
    Gazetteer g = Gazetteer.get();
    assertThat(g.country("Russland")).contains("RU");
    assertThat(g.country("Russlands")).contains("RU");
    assertThat(g.country("Vereinigte Staaten")).contains("US");
    assertThat(g.country("Vereinigten Staaten")).contains("US");
    assertThat(g.country("USA")).contains("US");
    assertThat(g.country("Großbritannien")).contains("GB");
    // English names only for stories in English: in German text "Georgia" is the US state.
    assertThat(g.country("Germany")).isEmpty();
    assertThat(g.country("Georgia")).isEmpty();
    assertThat(g.country("Germany", java.util.Set.of("en"))).contains("DE");
    assertThat(g.country("Russland", java.util.Set.of("en"))).contains("RU");
    assertThat(g.country("Müllerstadt")).isEmpty();
    // Lower-case words and two-letter codes are no country names.
    assertThat(g.country("us")).isEmpty();
    assertThat(g.country("DE")).isEmpty();
  }

  @Test
  void bundledCitiesAreFoundByTheirGermanExonyms() {
    Gazetteer g = Gazetteer.get();
    assertThat(g.cities("Genf")).extracting(Gazetteer.City::country).contains("CH");
    assertThat(g.cities("Moskau")).anySatisfy(c -> {
      assertThat(c.country()).isEqualTo("RU");
      assertThat(c.capital()).isTrue();
    });
    assertThat(g.capital("FR")).get().extracting(Gazetteer.City::name).isEqualTo("Paris");
  }

  @Test
  void readsTheTabSeparatedFormatWithAlternateNames() throws Exception {
    String tsv =
        """
        # comment
        1\tNordhafen\tXA\t10.0000\t20.0000\t50000\tPPLC\tPorto Norte|Nordhafen-Stadt
        2\tNordhafen\tXB\t-5.0000\t30.0000\t20000\tPPL\t
        broken line
        """;
    Gazetteer g = Gazetteer.read(new BufferedReader(new StringReader(tsv)));
    assertThat(g.cities("Nordhafen")).hasSize(2);
    assertThat(g.cities("Porto Norte")).singleElement().extracting(Gazetteer.City::geonamesId).isEqualTo(1L);
    assertThat(g.capital("XA")).isPresent();
    assertThat(g.capital("XB")).isEmpty();
  }
}
