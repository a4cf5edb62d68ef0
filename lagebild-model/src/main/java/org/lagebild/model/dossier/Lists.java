package org.lagebild.model.dossier;

import java.util.List;

/** Null-tolerant list copying: a missing section becomes an empty list, never {@code null}. */
final class Lists {

  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static void checkOffsets(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  static String oneOf(String value, String what, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        what + " must be one of " + String.join("|", allowed) + ", not '" + value + "'");
  }
}
