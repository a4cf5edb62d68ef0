package org.lagebild.discrepancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanFigureParserTest {

  private final GermanFigureParser parser = new GermanFigureParser();

  private Figure one(String text) {
    List<Figure> found = parser.find(text, 0);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void digitsWithGermanSeparatorsAndQualifiers() {
    Figure f = one("Die Nato kritisiert einen Aufmarsch mit rund 100.000 russischen Soldaten.");
    assertThat(f.nominal()).isEqualTo(100_000);
    assertThat(f.low()).isLessThanOrEqualTo(90_000);
    assertThat(f.head()).isEqualTo("Soldaten");
    assertThat(f.text()).isEqualTo("rund 100.000 russischen Soldaten");
    assertThat(one("Es kamen rund 100 000 Menschen.").nominal()).isEqualTo(100_000);
    assertThat(one("die bislang fast 200.000 US-Bürgern das Leben kostete").nominal()).isEqualTo(200_000);
    Figure more = one("Dort leben mehr als 100.000 Menschen.");
    assertThat(more.high()).isInfinite();
    assertThat(more.value()).isEqualTo(">100000");
  }

  @Test
  void scaleWordsNumberWordsAndVaguePlurals() {
    assertThat(one("Es wurden 1,5 Millionen Impfdosen geliefert.").nominal()).isEqualTo(1_500_000);
    assertThat(one("Es wurden zwei Millionen Impfdosen geliefert.").nominal()).isEqualTo(2_000_000);
    Figure tens = one("Zehntausende von russischen Truppen stehen an der Grenze.");
    assertThat(tens.vagueMagnitude()).isEqualTo(4);
    assertThat(tens.head()).isEqualTo("Truppen");
    assertThat(tens.low()).isEqualTo(20_000);
    assertThat(one("Dabei starben zwölf Menschen.").nominal()).isEqualTo(12);
  }

  @Test
  void datesTimesYearsAndCodesAreNotFigures() {
    assertThat(parser.find("Am 19. Januar um 14 Uhr sprach er über COVID-19 und die G7 im Jahr 2021.", 0))
        .isEmpty();
    assertThat(parser.find("Ein Mann kam.", 0)).isEmpty();
  }

  @Test
  void synonymousHeadsShareAKey() {
    assertThat(GermanFigureParser.headKey("Soldaten")).isEqualTo(GermanFigureParser.headKey("Truppen"));
    assertThat(GermanFigureParser.headKey("Corona-Neuinfektionen"))
        .isEqualTo(GermanFigureParser.headKey("Fälle"));
    assertThat(GermanFigureParser.headKey("Menschen")).isNotEqualTo(GermanFigureParser.headKey("Soldaten"));
  }

  @Test
  void vagueAndPreciseFiguresOfAnotherMagnitudeConflict() {
    Figure tens = one("Zehntausende Soldaten");
    assertThat(tens.conflictsWith(one("rund 100.000 Soldaten"))).isTrue();
    assertThat(tens.conflictsWith(one("50.000 Soldaten"))).isFalse();
    assertThat(one("mehr als 100.000 Soldaten").conflictsWith(one("120.000 Soldaten"))).isFalse();
    assertThat(one("14 000 Punkte").conflictsWith(one("14.000 Punkte"))).isFalse();
    assertThat(one("91 Menschen").conflictsWith(one("knapp hundert Menschen"))).isFalse();
    assertThat(one("acht Prozent").conflictsWith(one("8,0 Prozent"))).isFalse();
    assertThat(one("397 Infektionen").conflictsWith(one("336 Infektionen"))).isTrue();
  }

  @Test
  void rangesAreOneFigure() {
    Figure f = one("Am Mittwoch versammelten sich 350 bis 400 Menschen vor dem Reichstag.");
    assertThat(f.low()).isEqualTo(350);
    assertThat(f.high()).isEqualTo(400);
    assertThat(f.head()).isEqualTo("Menschen");
    assertThat(f.conflictsWith(one("bis zu 400 Menschen"))).isFalse();
    assertThat(one("nicht mehr als 180.000 bis 220.000 Menschen").low()).isEqualTo(180_000);
  }

  @Test
  void lowerCaseVaguePluralsInflectedHeadsAndSoGenannte() {
    Figure f = one("Am Ufer standen hunderttausende Menschen.");
    assertThat(f.vagueMagnitude()).isEqualTo(5);
    assertThat(f.headKey()).isEqualTo(GermanFigureParser.headKey("Menschen"));
    assertThat(GermanFigureParser.headKey("Teilnehmern")).isEqualTo(GermanFigureParser.headKey("Teilnehmer"));
    assertThat(GermanFigureParser.headKey("Teilnehmerinnen")).isEqualTo(GermanFigureParser.headKey("Teilnehmer"));
    assertThat(one("Das Amt meldete 4.321 so genannte Neuinfektionen.").headKey())
        .isEqualTo(GermanFigureParser.headKey("Neuinfektionen"));
  }

  @Test
  void ratesNamedBeforeTheirValueAndPerHundredThousandAreIncidences() {
    Figure before = one("Die Sieben-Tage-Inzidenz lag am Montagmorgen in Nordstadt bei 61,5.");
    assertThat(before.nominal()).isEqualTo(61.5);
    assertThat(before.headKey()).isEqualTo(GermanFigureParser.headKey("Inzidenz"));
    Figure per = one("Dort wurden 120 Neuinfektionen je 100.000 Einwohner gezählt.");
    assertThat(per.nominal()).isEqualTo(120);
    assertThat(per.headKey()).isEqualTo(GermanFigureParser.headKey("Inzidenz"));
  }

  @Test
  void aBareCountAfterACountedOneCountsTheSameThing() {
    List<Figure> found = parser.find("Die Polizei zählte 8.000 Teilnehmer, der Veranstalter 50.000.", 0);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).nominal()).isEqualTo(50_000);
    assertThat(found.get(1).headKey()).isEqualTo(found.get(0).headKey());
  }

  @Test
  void upToClaimsAboutThatManyAndExactCountsThatDifferConflict() {
    Figure upTo = one("Die Veranstalter sprachen von bis zu 900.000 Teilnehmern.");
    Figure few = one("Die Polizei zählte 9.000 Teilnehmer.");
    assertThat(upTo.conflictsWith(few)).isTrue();
    assertThat(one("Es gab 21.977 Neuinfektionen.").conflictsWith(one("Es gab 21.695 Neuinfektionen."))).isTrue();
    assertThat(one("Es gab 21.977 Neuinfektionen.").conflictsWith(one("Es gab 21.977 Neuinfektionen."))).isFalse();
    assertThat(one("Es gab knapp 22.000 Neuinfektionen.").conflictsWith(one("Es gab 21.977 Neuinfektionen.")))
        .isFalse();
  }
}
