package org.lagebild.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Layer;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * Tags the temporal expressions of a German article ({@link GermanTimexTagger}) and, while its
 * tokens are still there, keeps one compact event candidate per sentence with a dated expression:
 * the main verb's lemma, the named entities of the clause that carries the date as participants
 * ({@link EventClause}) and the place named nearest the date.
 * Values stay unresolved here; {@link TimelineSection} normalises them against the publication date
 * the story finally settles on.
 */
public final class TimexStage implements Stage {

  /** Temporal expressions with unresolved values, in text order. */
  public static final Layer<List<TimexCandidate>> TIMEXES = Layer.of("timexes");

  /** Sentences with a dated expression: who does what, when. */
  public static final Layer<List<EventCandidate>> EVENTS = Layer.of("timex-events");

  /**
   * One sentence that dates something.
   *
   * @param timexStart start of the sentence's dated expression (a key into {@link #TIMEXES})
   * @param verb lemma of the sentence's main verb, or {@code ""}
   * @param participants persons, organisations and other named things of the clause with the date
   * @param place the place named nearest the date in the sentence, or {@code null}
   * @param clause the parts of the sentence that form the clause with the date (empty: all of it)
   */
  public record EventCandidate(
      int start, int end, int timexStart, String verb, List<EntityMention> participants, EntityMention place,
      List<Span> clause) {
    public EventCandidate {
      participants = List.copyOf(participants);
      clause = clause == null ? List.of() : List.copyOf(clause);
    }

    /** Whether a span from {@code from} to {@code to} lies in the event's clause. */
    public boolean inClause(int from, int to) {
      if (from < start || to > end) {
        return false;
      }
      return clause.isEmpty() || clause.stream().anyMatch(s -> from >= s.start() && to <= s.end());
    }
  }

  @Override
  public String name() {
    return "timex";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(NoiseDetector.NOISE, LanguageIdentifier.LANGUAGE, LinguisticStage.SENTENCES,
        LinguisticStage.TOKENS, LinguisticStage.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(TIMEXES, EVENTS);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    LanguageGuess language = document.get(LanguageIdentifier.LANGUAGE);
    if (!"de".equals(language.code())) {
      return document.with(TIMEXES, List.of()).with(EVENTS, List.of());
    }
    String text = AnalysisText.masked(document.text(), document.get(NoiseDetector.NOISE));
    List<TimexCandidate> timexes = GermanTimexTagger.tag(text);
    List<EventCandidate> events = events(text, timexes, document.get(LinguisticStage.SENTENCES),
        document.get(LinguisticStage.TOKENS), entities(document));
    return document.with(TIMEXES, timexes).with(EVENTS, events);
  }

  /**
   * The refined entities where {@link GermanEntityRefiner} ran before this stage (as in the
   * standard pipeline: role nouns trimmed, derived adjectives set apart), else the tagger's.
   */
  private static List<EntityMention> entities(AnnotatedDocument document) {
    return document.has(GermanEntityRefiner.ENTITIES)
        ? document.get(GermanEntityRefiner.ENTITIES)
        : document.get(LinguisticStage.ENTITIES);
  }

  static List<EventCandidate> events(
      String text, List<TimexCandidate> timexes, List<Sentence> sentences, List<Token> tokens, List<EntityMention> entities) {
    List<EventCandidate> events = new ArrayList<>();
    int t = 0;
    int k = 0;
    for (Sentence s : sentences) {
      TimexCandidate dated = null;
      while (t < timexes.size() && timexes.get(t).start() < s.end()) {
        TimexCandidate c = timexes.get(t++);
        if (c.start() >= s.start() && datesAnEvent(c) && (dated == null || specificity(c) > specificity(dated))) {
          dated = c;
        }
      }
      String verb = "";
      String auxiliary = "";
      while (k < tokens.size() && tokens.get(k).start() < s.end()) {
        Token token = tokens.get(k++);
        if (token.start() < s.start()) {
          continue;
        }
        if (verb.isEmpty() && "VERB".equals(token.pos())) {
          verb = token.lemma() == null ? token.text() : token.lemma();
        } else if (auxiliary.isEmpty() && "AUX".equals(token.pos())) {
          auxiliary = token.lemma() == null ? token.text() : token.lemma();
        }
      }
      if (dated == null) {
        continue;
      }
      List<EntityMention> participants = new ArrayList<>();
      EntityMention place = null;
      EventClause clause = EventClause.of(text, s, tokens, dated.start(), dated.end());
      for (EntityMention e : entities) {
        if (e.start() >= s.start() && e.end() <= s.end()) {
          if ("LOC".equals(e.type())) {
            // The place nearest the date: "Von Lyon aus fuhr sie nach Bonn, wo sie am 3. Mai ..."
            if (place == null || distance(e, dated) < distance(place, dated)) {
              place = e;
            }
          } else if (!adjective(e) && clause.contains(e.start(), e.end())) {
            participants.add(e);
          }
        }
      }
      events.add(new EventCandidate(s.start(), s.end(), dated.start(), verb.isEmpty() ? auxiliary : verb,
          participants, place, clause.parts()));
    }
    return events;
  }

  /** "russische", "kanadische": a MISC adjective names no participant. */
  private static boolean adjective(EntityMention e) {
    return "MISC".equals(e.type()) && !e.text().isEmpty() && Character.isLowerCase(e.text().codePointAt(0));
  }

  private static int distance(EntityMention e, TimexCandidate t) {
    return e.end() <= t.start() ? t.start() - e.end() : Math.max(0, e.start() - t.end());
  }

  /** Dates and times name a day or a stretch an event happened in; durations and sets do not. */
  static boolean datesAnEvent(TimexCandidate c) {
    if (!c.type().equals("DATE") && !c.type().equals("TIME")) {
      return false;
    }
    String p = c.pattern();
    return !p.endsWith("_REF");
  }

  private static int specificity(TimexCandidate c) {
    String p = c.pattern();
    if (p.startsWith("UNDEF-weekday") || p.equals("UNDEF-today") || p.startsWith("UNDEF-REL-day") || p.startsWith("UNDEF-ANA-day")
        || p.matches("(UNDEF-year|UNDEF-cent-\\d\\d|\\d{4})-\\d{2}-\\d{2}.*")) {
      return 3;
    }
    return p.contains("-") ? 2 : 1;
  }
}
