package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The matches tried only where they can start are those of {@link Matcher#find()}. */
class MatchStartsTest {

  private static final String L = "(?<![\\p{L}\\d])";

  private static final List<String> REGEXES = List.of(
      L + "(?:[Aa]m\\s+)?(Vortag|Folgetag|Tags?\\s+darauf)(?![\\p{L}\\d])",
      L + "(\\d{1,3}|(?i:eine[nm]?|zwei|über))\\s+(Tage?|Wochen?)",
      L + "(?:(?:in\\s+)?der\\s+)?(Woche|Monat)\\s+(davor|danach)",
      "(?<=(\\d{2})\\d{2}/)(\\d{2})(?![\\d.])",
      L + "(?<=\\b(?:um|bis)\\s)(\\d{1,2}):(\\d{2})",
      "(?<![\\d.,:/-])(\\d{4})(?!\\d)",
      "(?<!\\p{L})(?:(heute|morgen)(?!\\p{L})|(?:am|Am) (Vortag|Tag zuvor))",
      "[ÄÖÜ]\\w+",          // \w: not read, so tried everywhere
      "x*",                 // can match the empty string: tried everywhere
      "(?i)montag",         // flags outside a group: not read
      "[^a]b|\\.c",
      "(?<![\\p{L}\\d])[a-z]{2}e",  // word starts only, first two characters from a class
      "(?<![\\p{L}\\d])(?:\\d|[Zz]wei)\\s?(?:Tage|x)?");

  private static final String TEXT =
      "Am Vortag, 1870/71 und um 9:45 Uhr: zwei Tage später kamen über Wochen 2021 Gäste. In der Woche "
          + "danach heute, morgen und am Tag zuvor. Übermorgen Montag MONTAG 12.3.2022 xx b .c Äpfel "
          + "Tags darauf 3 Wochen eineTage 17 Tage Zwei Wochen ÜBER Tage";

  @Test
  void findsWhatFindFinds() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>(List.of(TEXT, "", "x", "Vortag"));
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 60) {
        int from = random.nextInt(TEXT.length());
        text.append(TEXT, from, Math.min(TEXT.length(), from + 1 + random.nextInt(12)));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      MatchStarts.Text shared = new MatchStarts.Text(text); // word starts found once for all patterns
      for (String regex : REGEXES) {
        Pattern pattern = Pattern.compile(regex);
        MatchStarts starts = MatchStarts.of(pattern);
        assertThat(matches(starts.in(text))).as(regex + " in " + text).isEqualTo(plain(pattern, text));
        assertThat(matches(starts.in(shared))).as(regex + " in " + text).isEqualTo(plain(pattern, text));
      }
    }
  }

  @Test
  void aWordRuleMatchesAtWordStartsOnly() {
    MatchStarts starts = MatchStarts.of(Pattern.compile(REGEXES.get(0)));
    assertThat(matches(starts, "Der Vortag")).containsExactly("Vortag@4|Vortag");
    assertThat(matches(starts, "DerVortag, am  Folgetag")).containsExactly("am  Folgetag@11|Folgetag");
  }

  private static List<String> matches(MatchStarts starts, String text) {
    return matches(starts.in(text));
  }

  private static List<String> matches(MatchStarts.Matches matches) {
    List<String> out = new ArrayList<>();
    while (matches.find()) {
      Matcher m = matches.matcher();
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> plain(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder s = new StringBuilder(m.group() + "@" + m.start());
    for (int g = 1; g <= m.groupCount(); g++) {
      s.append('|').append(m.group(g));
    }
    return s.toString();
  }
}
