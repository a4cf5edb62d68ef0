package org.lagebild.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Words derived from names: adjectives ("russischen", "Schweizer Armee") and demonyms
 * ("Franzose", "Palästinenser"). The tagger's training data (CoNLL 2003) calls them MISC; they do
 * not name an entity of their own, so they are kept apart from the mentions.
 */
final class DerivedNames {

  private DerivedNames() {}

  private static final Set<String> AMOUNT_WORDS =
      Set.of("million", "millionen", "milliarde", "milliarden", "billion", "billionen", "tausend",
          "mio", "mio.", "mrd", "mrd.");

  /** Whether a MISC mention is one derived word rather than a name. */
  static boolean isDerived(TokenView view, Candidate c) {
    if (!c.type().equals("MISC")) {
      return false;
    }
    if (view.coreWordStart(c.first()) != c.first() || view.coreWordEnd(c.first()) != c.last()) {
      return false;
    }
    int head = c.last() - 1;
    String word = view.covered(c).toLowerCase(Locale.ROOT);
    if (view.lowerInitial(c.first())) {
      return true;
    }
    if (view.pos(head).equals("ADJ") || adjectiveEnding(word)) {
      return true;
    }
    // "Schweizer Armee", "Berliner Senat": an -er adjective of a place before a noun.
    if (c.size() == 1 && word.endsWith("er") && c.last() < view.size()
        && view.capitalised(c.last()) && !view.gluedToPrevious(c.last())
        && (view.commonNoun(c.last()) || view.pos(c.last()).equals("PROPN"))) {
      return true;
    }
    // "5 Millionen Euro": a currency after an amount is a name in its own right (GermEval: OTH).
    if (c.first() > 0 && afterAmount(view, c.first() - 1)) {
      return false;
    }
    // "Franzose", "Palästinenser": a demonym the tagger knows as a common noun.
    return c.size() == 1 && view.commonNoun(head);
  }

  private static boolean afterAmount(TokenView view, int i) {
    return view.pos(i).equals("NUM")
        || AMOUNT_WORDS.contains(view.word(i).toLowerCase(Locale.ROOT));
  }

  private static boolean adjectiveEnding(String word) {
    for (String ending : new String[] {"isch", "ische", "ischen", "ischer", "isches", "ischem"}) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
