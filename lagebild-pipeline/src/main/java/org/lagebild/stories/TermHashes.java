package org.lagebild.stories;

/**
 * 32-bit term ids from term strings, so that story state holds ints rather than strings: FNV-1a
 * over the UTF-16 chars, then a murmur finaliser to spread the bits. Distinct terms collide with
 * probability about n²/2³³, which at a window's vocabulary only nudges a cosine now and then.
 */
public final class TermHashes {

  private TermHashes() {}

  /** The id of {@code term} within feature group {@code group} (groups never share ids by design). */
  public static int of(char group, String term) {
    int h = 0x811C9DC5;
    h = (h ^ group) * 0x01000193;
    for (int i = 0; i < term.length(); i++) {
      h = (h ^ term.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
