package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void germanAndEnglishTransliterationsMeet() {
    assertThat(NameKeys.key("Selenskyj"))
        .isEqualTo(NameKeys.key("Zelenskiy"))
        .isEqualTo(NameKeys.key("Zelenskij"))
        .isEqualTo(NameKeys.key("Zelensky"));
    assertThat(NameKeys.key("Lawrow")).isEqualTo(NameKeys.key("Lavrov"));
    assertThat(NameKeys.key("Jelzin")).isEqualTo(NameKeys.key("Yeltsin"));
    assertThat(NameKeys.key("Tschechow")).isEqualTo(NameKeys.key("Chekhov"));
    assertThat(NameKeys.key("Tschaikowski")).isEqualTo(NameKeys.key("Tchaikovsky"));
    assertThat(NameKeys.key("Antony")).isEqualTo(NameKeys.key("Anthony"));
    assertThat(NameKeys.key("NATO")).isEqualTo(NameKeys.key("Nato"));
  }

  @Test
  void differentNamesStayApart() {
    assertThat(NameKeys.key("Iran")).isNotEqualTo(NameKeys.key("Irak"));
    assertThat(NameKeys.key("Paris")).isNotEqualTo(NameKeys.key("Pari"));
    assertThat(NameKeys.key("Bayern")).isNotEqualTo(NameKeys.key("Bayer"));
  }

  @Test
  void keysAreIndependentOfTheDefaultLocale() {
    assertThat(NameKeys.key("İSTANBUL")).isEqualTo(NameKeys.key("İstanbul"));
    assertThat(NameKeys.fold("IRAN")).isEqualTo("iran");
  }

  @Test
  void kölnerPhoneticCatchesMisspellings() {
    assertThat(NameKeys.phonetic("Baerbock")).isEqualTo(NameKeys.phonetic("Berbock"));
    assertThat(NameKeys.phonetic("Meier")).isEqualTo(NameKeys.phonetic("Maier"));
    assertThat(NameKeys.phonetic("Scholz")).isNotEqualTo(NameKeys.phonetic("Merkel"));
  }

  @Test
  void initialsAndAcronyms() {
    assertThat(NameKeys.initials("Europäische Union")).isEqualTo("EU");
    assertThat(NameKeys.initials("Bank für Internationalen Zahlungsausgleich")).isEqualTo("BIZ");
    assertThat(NameKeys.initials("Berlin")).isEmpty();
    assertThat(NameKeys.isAcronym("OSZE")).isTrue();
    assertThat(NameKeys.isAcronym("Nato")).isFalse();
  }

  @Test
  void boundedEditDistance() {
    assertThat(NameKeys.distance("baerbock", "berbock", 2)).isEqualTo(1);
    assertThat(NameKeys.distance("abc", "xyzuvw", 2)).isEqualTo(3);
  }
}
