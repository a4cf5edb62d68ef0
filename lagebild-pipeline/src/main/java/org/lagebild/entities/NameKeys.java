package org.lagebild.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.ColognePhonetic;

/**
 * Keys under which spellings of one name meet. German and English transliterate Cyrillic and other
 * scripts differently ("Tschechow", "Chekhov"; "Tschaikowski", "Tchaikovsky"; "Jelzin",
 * "Yeltsin"): {@link #transliteration} folds those differences (w/v, j/y, sch/sh, z/s/ts, th/t,
 * ck/k, double letters, -ij/-iy/-yj/-y endings, diacritics) into one key per word. {@link
 * #phonetic} gives the Kölner Phonetik code for catching misspellings.
 */
final class NameKeys {

  private NameKeys() {}

  private static final ColognePhonetic COLOGNE = new ColognePhonetic();

  /** Words that do not count for acronyms: "Bank für Internationalen Zahlungsausgleich". */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("der", "die", "das", "des", "dem", "den", "für", "und", "von", "zu", "zur", "zum",
          "of", "the", "and", "for", "de", "la", "le", "du", "et", "in", "im", "am", "an");

  /** The words of a surface form: split at spaces; hyphens and apostrophes kept inside words. */
  static List<String> words(String surface) {
    List<String> words = new ArrayList<>();
    for (String w : surface.trim().split("[\\s\\u00A0]+")) {
      String stripped = stripPunctuation(w);
      if (!stripped.isEmpty()) {
        words.add(stripped);
      }
    }
    return words;
  }

  private static String stripPunctuation(String w) {
    int start = 0;
    int end = w.length();
    while (start < end && !Character.isLetterOrDigit(w.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1))) {
      end--;
    }
    return w.substring(start, end);
  }

  /** Lower case ({@link Locale#ROOT}), umlauts as base letters, other diacritics gone, ß as ss. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c == '\u2019' ? '\'' : c);
      }
    }
    return sb.toString();
  }

  /** The transliteration-independent key of one word. */
  static String transliteration(String word) {
    String w = fold(word);
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    w = w.replace("'", "");
    // German and English spellings of the same sounds.
    w = w.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch").replace("zh", "sh")
        .replace("kh", "ch").replace("ck", "k").replace("ph", "f").replace("th", "t")
        .replace("dt", "t").replace("tz", "z").replace("ts", "z").replace("ie", "i")
        .replace("ou", "u").replace("ae", "a").replace("oe", "o").replace("ue", "u");
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = switch (w.charAt(i)) {
        case 'w' -> 'v';
        case 'j' -> 'y';
        case 'z' -> 's';
        case 'c' -> i + 1 < w.length() && w.charAt(i + 1) == 'h' ? 'c' : 'k';
        case 'q' -> 'k';
        default -> w.charAt(i);
      };
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
    String key = sb.toString();
    // Slavic adjective endings: -skyj, -skiy, -skij, -sky, -ski all end in "i".
    for (String ending : new String[] {"iy", "yi", "yy", "ii", "y"}) {
      if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
        return key.substring(0, key.length() - ending.length()) + "i";
      }
    }
    return key;
  }

  /** The key of a whole surface form: word keys joined by spaces. */
  static String key(String surface) {
    List<String> keys = new ArrayList<>();
    for (String w : words(surface)) {
      keys.add(transliteration(w));
    }
    return String.join(" ", keys);
  }

  /** The Kölner Phonetik code of a word (digits only; empty for non-Latin words). */
  static String phonetic(String word) {
    try {
      return COLOGNE.colognePhonetic(fold(word));
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * The word without a German genitive or case ending when that shorter form is {@code known}:
   * "Frankreichs" to "Frankreich", "Bundestages" to "Bundestag"; {@code null} otherwise.
   */
  static String inflectionStem(String foldedWord, Set<String> known) {
    for (String ending : new String[] {"s", "es", "n", "en"}) {
      if (foldedWord.length() > ending.length() + 3 && foldedWord.endsWith(ending)) {
        String stem = foldedWord.substring(0, foldedWord.length() - ending.length());
        if (known.contains(stem)) {
          return stem;
        }
      }
    }
    return null;
  }

  /** Initials of the capitalised content words: "Europäische Union" to "EU"; "" for one word. */
  static String initials(String surface) {
    List<String> words = words(surface);
    if (words.size() < 2) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String part : w.split("-")) {
        if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
          sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
        }
      }
    }
    return sb.toString();
  }

  /** Whether a surface is an acronym: two to six letters, capitals. */
  static boolean isAcronym(String surface) {
    String s = surface.strip();
    if (s.length() < 2 || s.length() > 6 || s.contains(" ")) {
      return false;
    }
    long upper = s.chars().filter(Character::isUpperCase).count();
    return s.chars().allMatch(Character::isLetter) && upper >= s.length() - 1 && upper >= 2;
  }

  /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
