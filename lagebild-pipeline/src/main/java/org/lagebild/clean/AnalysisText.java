package org.lagebild.clean;

import java.util.List;
import org.lagebild.model.Noise;

/**
 * The text that analysis sees: the original with every debris span blanked out by spaces (line
 * breaks kept). It has the same length as the original, so every offset found in it is also an
 * offset into the original text; nothing has to be mapped back.
 */
public final class AnalysisText {

  private AnalysisText() {}

  public static String masked(String text, List<Noise> noise) {
    if (noise.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Noise n : noise) {
      int end = Math.min(n.end(), chars.length);
      for (int i = Math.max(0, n.start()); i < end; i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
