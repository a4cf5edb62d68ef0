package org.lagebild.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;

/**
 * The part of a sentence that carries its dated expression, so that the timeline names who acted
 * then and not who is named in a neighbouring clause: "Erika Muster lobte den Plan, den Hanno
 * Blisse am Montag vorgestellt hatte" dates Blisse's act, not Muster's.
 *
 * <p>A sentence splits into main clauses at semicolons, colons, dashes and at a comma before "und",
 * "aber", "doch", "sondern", "denn" or "oder"; a comma before a subordinating conjunction or a
 * relative pronoun ("dass", "weil", "der", "mit dem") opens an embedded clause, which a comma after
 * its final verb closes (other commas inside it separate list items). The date's clause keeps its
 * own parts without the clauses embedded in it; a relative clause also keeps the name it follows
 * ("Hanno Blisse, der am Montag sprach").
 */
final class EventClause {

  private static final Set<String> SUBORDINATORS =
      Set.of("dass", "daß", "weil", "während", "nachdem", "bevor", "als", "wenn", "ob", "obwohl",
          "obgleich", "da", "wo", "wie", "sodass", "damit", "seit", "seitdem", "bis", "falls",
          "indem", "ehe", "sobald", "solange", "sofern", "wobei", "womit", "wodurch", "weshalb",
          "weswegen", "worauf", "wofür", "wonach", "woraufhin");

  private static final Set<String> RELATIVES =
      Set.of("der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche",
          "welches", "welchem", "welchen");

  private static final Set<String> COORDINATORS =
      Set.of("und", "aber", "doch", "sondern", "denn", "oder", "jedoch");

  private static final Set<String> HARD_BREAKS = Set.of(";", ":", "–", "—", "-");

  /**
   * Character spans of the sentence that belong to the event (a third element: only a mention
   * exactly this span); empty: the whole sentence.
   */
  private final List<int[]> spans;

  private EventClause(List<int[]> spans) {
    this.spans = spans;
  }

  /** The clause's parts as spans of the text; empty: the whole sentence. */
  List<org.lagebild.model.Span> parts() {
    return spans.stream().filter(s -> s.length == 2)
        .map(s -> new org.lagebild.model.Span(s[0], s[1])).toList();
  }

  /** Whether a mention from {@code start} to {@code end} lies in the event's clause. */
  boolean contains(int start, int end) {
    if (spans.isEmpty()) {
      return true;
    }
    for (int[] span : spans) {
      if (span.length > 2 ? start == span[0] && end == span[1] : start >= span[0] && end <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause of {@code sentence} in {@code text} around the dated expression from {@code from} to
   * {@code to}. Punctuation is read from the text, so tokenisers that drop it do not matter.
   */
  static EventClause of(String text, Sentence sentence, List<Token> tokens, int from, int to) {
    List<Token> words = new ArrayList<>();
    boolean[] inWord = new boolean[Math.max(0, sentence.end() - sentence.start())];
    for (Token t : tokens) {
      if (t.start() >= sentence.start() && t.end() <= sentence.end()
          && t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(t);
        for (int k = t.start(); k < t.end(); k++) {
          inWord[k - sentence.start()] = true;
        }
      }
    }
    for (int k = sentence.start(); k < sentence.end() && k < text.length(); k++) {
      char c = text.charAt(k);
      boolean spaced = k > 0 && k + 1 < text.length() && text.charAt(k - 1) == ' '
          && text.charAt(k + 1) == ' ';
      if (!inWord[k - sentence.start()] && (c == ',' || c == ';' || c == ':'
          || (c == '–' || c == '—' || c == '-') && spaced)) {
        words.add(new Token(k, k + 1, String.valueOf(c), "PUNCT", String.valueOf(c), 0));
      }
    }
    words.sort(java.util.Comparator.comparingInt(Token::start));
    if (words.isEmpty()) {
      return new EventClause(List.of());
    }
    // Segments between punctuation: start token index, end token index (exclusive), kind, clause.
    // Embedded clauses nest; German puts their verb last, so a comma after a verb closes one and a
    // comma after anything else separates items of a list inside it.
    List<int[]> segments = new ArrayList<>();
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>(); // {kind, clause id}
    int nextId = 1;
    int[] current = {MAIN, 0};
    int segStart = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      boolean comma = w.equals(",");
      boolean hard = HARD_BREAKS.contains(w);
      if (!comma && !hard) {
        continue;
      }
      if (mainAfterAll(words, segStart, i, current) && !open.isEmpty()) {
        current = open.pop();
      }
      segments.add(new int[] {segStart, i, current[0], current[1]});
      boolean verbBefore = i > segStart && isVerb(words.get(i - 1));
      // "Hanno Blisse, der Sprecher des Vereins, sagte": a first part without a verb after "der"
      // is an apposition and ends at its comma.
      boolean apposition = current[0] == RELATIVE && current.length > 2 && current[2] == segStart
          && words.subList(segStart, i).stream().noneMatch(EventClause::isVerb);
      String next = i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
      String after = i + 2 < words.size() ? words.get(i + 2).text().toLowerCase(Locale.ROOT) : "";
      if (hard || COORDINATORS.contains(next) && open.isEmpty()) {
        open.clear();
        current = new int[] {MAIN, nextId++};
      } else if (SUBORDINATORS.contains(next)) {
        if (verbBefore && !open.isEmpty() && current[0] != MAIN) {
          current = open.pop(); // "…, weil X kam, dass Y ging": the first clause has ended
        }
        open.push(current);
        current = new int[] {SUBORDINATE, nextId++};
      } else if (RELATIVES.contains(next) || isPreposition(words, i + 1) && RELATIVES.contains(after)) {
        if (verbBefore && !open.isEmpty() && current[0] != MAIN) {
          current = open.pop();
        }
        open.push(current);
        current = new int[] {RELATIVE, nextId++, i + 1};
      } else if (!open.isEmpty() && (verbBefore || apposition || COORDINATORS.contains(next))) {
        current = open.pop(); // the comma closing an embedded clause: the enclosing one goes on
      }
      segStart = i + 1;
    }
    if (mainAfterAll(words, segStart, words.size(), current) && !open.isEmpty()) {
      current = open.pop();
    }
    segments.add(new int[] {segStart, words.size(), current[0], current[1]});
    int[] dated = null;
    for (int[] seg : segments) {
      if (seg[0] < seg[1] && words.get(seg[0]).start() <= from && from < words.get(seg[1] - 1).end()) {
        dated = seg;
      }
    }
    if (dated == null) {
      return new EventClause(List.of());
    }
    List<int[]> spans = new ArrayList<>();
    for (int[] seg : segments) {
      if (seg[3] == dated[3] && seg[0] < seg[1]) {
        spans.add(span(words, seg));
      }
    }
    if (dated[2] == RELATIVE) {
      int first = dated[0];
      for (int[] seg : segments) {
        if (seg[3] == dated[3]) {
          first = Math.min(first, seg[0]);
        }
      }
      if (first >= 2) {
        // The name a relative clause follows is who it is about: "Hanno Blisse, der am Montag ...":
        // any name of up to four words that ends right before the comma.
        int before = first - 2;
        for (int k = before; k >= Math.max(0, before - 3); k--) {
          spans.add(new int[] {words.get(k).start(), words.get(before).end(), 1});
        }
      }
    }
    return new EventClause(spans);
  }

  private static final int MAIN = 0;
  private static final int SUBORDINATE = 1;
  private static final int RELATIVE = 2;

  /**
   * "…, der Gast besuchte die Stadt und …": after "der", a first part with its verb inside, not
   * last, is a main clause with an article, not a relative clause (German puts that verb last).
   */
  private static boolean mainAfterAll(List<Token> words, int from, int to, int[] current) {
    if (current[0] != RELATIVE || current.length < 3 || current[2] != from || to - from < 3) {
      return false;
    }
    return words.subList(from, to - 1).stream().anyMatch(EventClause::isVerb)
        && !isVerb(words.get(to - 1));
  }

  private static boolean isVerb(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }

  private static int[] span(List<Token> words, int[] seg) {
    return new int[] {words.get(seg[0]).start(), words.get(seg[1] - 1).end()};
  }

  /** A preposition opening a relative clause ("mit dem", "in der"), by tag or a short lower-case word. */
  private static boolean isPreposition(List<Token> words, int i) {
    if (i >= words.size()) {
      return false;
    }
    Token t = words.get(i);
    return "ADP".equals(t.pos());
  }
}
