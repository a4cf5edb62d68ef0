package org.lagebild.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lagebild.model.LanguageGuess;

class OpenNlpLanguageDetectorTest {

  private static OpenNlpLanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = new OpenNlpLanguageDetector();
  }

  @Test
  void recognisesCommonLanguagesWithIso6391Codes() {
    assertThat(detector.detect("Die Bundesregierung hat am Mittwoch neue Regeln für den Winter beschlossen.").code())
        .isEqualTo("de");
    assertThat(detector.detect("The government announced new rules for the winter on Wednesday.").code())
        .isEqualTo("en");
    assertThat(detector.detect("Le gouvernement a annoncé mercredi de nouvelles règles pour l'hiver.").code())
        .isEqualTo("fr");
    LanguageGuess guess = detector.detect("Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.");
    assertThat(guess.basis()).isEqualTo("detected");
    assertThat(guess.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void shortOrEmptyTextIsUndetermined() {
    for (String text : List.of("", "   ", "12.03.2021", "Olaf", "\u0000\u0001")) {
      assertThat(detector.detect(text)).isEqualTo(new LanguageGuess("und", 0.0, "detected"));
    }
  }

  @Test
  void mapsToIso6391AndKeepsRareCodes() {
    assertThat(OpenNlpLanguageDetector.toIso6391("deu")).isEqualTo("de");
    assertThat(OpenNlpLanguageDetector.toIso6391("pol")).isEqualTo("pl");
    assertThat(OpenNlpLanguageDetector.toIso6391("nds")).isEqualTo("nds");
  }

  @Test
  void hostileTextDoesNotThrow() {
    detector.detect("\uD800 \uDC00 \uFFFF ".repeat(100));
    detector.detect("a".repeat(50_000));
    detector.detect("<script>alert(1)</script> javascript:alert(2) https://example.org/x?y=z");
  }

  @Test
  void sameAnswersOnFourThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(i % 2 == 0 ? "Der Hund läuft über die Straße und bellt laut " + i
          : "The dog runs across the street and barks loudly " + i);
    }
    List<LanguageGuess> sequential = texts.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LanguageGuess>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> detector.detect(t)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
