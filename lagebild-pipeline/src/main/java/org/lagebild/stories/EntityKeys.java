package org.lagebild.stories;

import java.util.Collection;
import java.util.Locale;

/**
 * Normalised keys for entity surface forms, so that "Unicef", "UNICEF" and "Frankreichs"/"Frankreich" can
 * meet. Case is folded with {@link Locale#ROOT} (never the default locale: a Turkish one maps "I" to
 * dotless "ı").
 */
public final class EntityKeys {

  private EntityKeys() {}

  /** Case-folded, whitespace-collapsed surface form; typographic apostrophes unified. */
  public static String fold(String surface) {
    StringBuilder sb = new StringBuilder(surface.length());
    boolean space = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c == '\u2019' || c == '`' || c == '\u00B4' ? '\'' : c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Drops a German genitive ending ("Russlands", "Müller's") when the shorter form is among {@code
   * known} keys; otherwise returns the key unchanged, so that "Paris" never becomes "pari".
   */
  public static String withoutGenitive(String key, Collection<String> known) {
    String shorter = genitiveStem(key);
    return shorter != null && known.contains(shorter) ? shorter : key;
  }

  /** The key without a final "s" / "'s", or {@code null} when it has none or is too short. */
  static String genitiveStem(String key) {
    if (key.length() < 4) {
      return null;
    }
    if (key.endsWith("'s")) {
      return key.substring(0, key.length() - 2);
    }
    if (key.endsWith("'")) {
      return key.substring(0, key.length() - 1);
    }
    if (key.endsWith("s") && Character.isLetter(key.charAt(key.length() - 2))) {
      return key.substring(0, key.length() - 1);
    }
    return null;
  }

  /**
   * The dossier's entity type for a tagger's label: {@code PER}, {@code ORG}, {@code LOC} or {@code
   * MISC} (CoreNLP's {@code PERSON}/{@code LOCATION}, GermEval's {@code OTH} and anything unknown
   * map onto these).
   */
  public static String type(String label) {
    if (label == null) {
      return "MISC";
    }
    String l = label.toUpperCase(Locale.ROOT);
    if (l.startsWith("B-") || l.startsWith("I-")) {
      l = l.substring(2);
    }
    return switch (l) {
      case "PER", "PERSON" -> "PER";
      case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
      case "LOC", "LOCATION", "GPE" -> "LOC";
      default -> "MISC";
    };
  }
}
