package org.lagebild.stories;

import java.util.ArrayList;
import java.util.List;

/** Word splitting and a light German suffix strip for title words and the cheap extractor. */
final class Words {

  private Words() {}

  /** Runs of letters, digits and inner hyphens. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c)
          || (c == '-' && start >= 0 && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i + 1)));
      if (inWord) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Strips one common inflection ending (-en, -er, -es, -e, -n, -s) from words over five chars. */
  static String stem(String w) {
    if (w.length() <= 5) {
      return w;
    }
    for (String suffix : new String[] {"en", "er", "es", "e", "n", "s"}) {
      if (w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
