package org.lagebild.entities;

import java.util.List;

/**
 * Names inside hyphenated compounds. German writes "UNO-Generalsekretär", "SPD-Fraktion",
 * "US-Außenminister": the name is part of a common noun and the word as a whole is not a mention
 * (GermEval labels such words {@code *part}); the name itself is kept as a part. A name split by
 * the tokenizer ("Baden" "-" "Württemberg", half tagged) is widened to the whole word.
 */
final class CompoundNames {

  private CompoundNames() {}

  /**
   * The mention widened to its whole word when the rest of the word is name too; {@code null} when
   * it is the name part of a compound common noun, which then goes to {@code parts}.
   */
  static Candidate wholeWordOrPart(TokenView view, Candidate c, List<Candidate> parts) {
    int wordStart = view.coreWordStart(c.first());
    int wordEnd = view.coreWordEnd(c.last() - 1);
    if (wordStart == c.first() && wordEnd == c.last()) {
      return compoundNounPart(view, c, parts);
    }
    boolean restIsName = true;
    boolean restHasWord = false;
    for (int i = wordStart; i < wordEnd; i++) {
      if (i >= c.first() && i < c.last()) {
        continue;
      }
      if (view.isPunct(i)) {
        continue;
      }
      restHasWord = true;
      if (!view.capitalised(i) || view.commonNoun(i)) {
        restIsName = false;
      }
    }
    if (!restHasWord) {
      return c;
    }
    if (restIsName) {
      return c.withTokens(wordStart, wordEnd);
    }
    if (wordEnd > c.last() && !view.isPunct(wordEnd - 1)) {
      // The name is the modifier of a compound common noun: "UNO-Generalsekretär".
      parts.add(c);
      return null;
    }
    return c;
  }

  /** A one-word mention "SPD-Fraktion" whose last segment is a common noun: the name is a part. */
  private static Candidate compoundNounPart(TokenView view, Candidate c, List<Candidate> parts) {
    if (c.size() < 3 || c.type().equals("LOC") || view.coreWordEnd(c.first()) != c.last()) {
      return c;
    }
    int head = c.last() - 1;
    if (!view.isHyphen(head - 1) || !view.commonNoun(head) || !view.capitalised(head)) {
      return c;
    }
    int nameEnd = head - 1;
    if (nameEnd > c.first()) {
      parts.add(c.withTokens(c.first(), nameEnd));
    }
    return null;
  }
}
