package org.lagebild.dossier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.Timex;
import org.lagebild.model.dossier.TimelineEntry;
import org.lagebild.stories.BaselineStoryGrouper;
import org.lagebild.stories.InventedStories;
import org.lagebild.stories.SeedFixtures;
import org.lagebild.stories.StoryGroup;
import org.lagebild.stories.TermVectorStage;

/** Dossiers built by the real builder from hand-annotated documents, for writer and schema tests. */
final class SampleDossiers {

  static final Dossier.Generated GENERATED =
      new Dossier.Generated("lagebild test", "2024-06-03T10:00:00Z");

  static final List<Rejection> REJECTED =
      List.of(
          new Rejection("input/kaputt.html.gz", "not a gzip file: the first bytes are 3C 68 74 6D"),
          new Rejection("input/leer.txt", "empty file: nothing to analyse"));

  private SampleDossiers() {}

  /** The nine invented articles, grouped and built. */
  static Dossier invented() {
    List<AnnotatedDocument> docs = InventedStories.documents();
    List<StoryGroup> groups = new BaselineStoryGrouper().group(docs);
    return new DossierBuilder().build(docs, groups, REJECTED, GENERATED);
  }

  /** The five seeds plus the invented articles, grouped and built, without hand-made sections. */
  static Dossier seeds(Path dir) {
    List<AnnotatedDocument> docs = new ArrayList<>();
    TermVectorStage terms = new TermVectorStage();
    for (AnnotatedDocument d : SeedFixtures.annotated(dir)) {
      docs.add(terms.process(d));
    }
    docs.addAll(InventedStories.documents());
    List<StoryGroup> groups = new BaselineStoryGrouper().group(docs);
    return new DossierBuilder().build(docs, groups, REJECTED, GENERATED);
  }

  /**
   * The seeds dossier with hand-made entries in the sections later stages fill (summary, quotes,
   * timexes, timeline, shared passages, discrepancies), each pointing at a real span, so every part
   * of the report and the schema is exercised.
   */
  static Dossier seedsWithSections(Path dir) {
    Dossier d = seeds(dir);
    Map<String, String> texts = new HashMap<>();
    d.articles().forEach(a -> texts.put(a.id(), a.text()));
    Story seed = d.stories().get(0);
    String a0 = seed.articleIds().get(0);
    String a2 = seed.articleIds().get(2);
    String a3 = seed.articleIds().get(3);
    Citation visit = cite(texts, a0, "wird US-Außenminister Antony Blinken am Mittwoch Kiew besuchen");
    Citation visit2 = cite(texts, a2, "ist Blinken am Mittwochmorgen zu Gesprächen in Kiew gelandet");
    Citation geneva = cite(texts, a3, "Blinken wird am Freitag in Genf mit dem russischen Außenminister");
    String blinken = entityId(seed, "PER", "Blinken");
    String quoteText = "Die Vereinigten Staaten wollen keinen Konflikt. Wir wollen Frieden";
    Citation q0 = cite(texts, a0, quoteText);
    Citation q3 = cite(texts, a3, quoteText);
    Citation cue = cite(texts, a3, "sagte ein hoher Beamter des US-Außenministeriums");
    Citation mittwoch = cite(texts, a2, "am Mittwoch");
    Citation troops1 = cite(texts, a0, "Zehntausende von russischen Truppen");
    Citation troops2 = cite(texts, a2, "rund 100.000 russischen Soldaten");
    Story filled =
        new Story(
            seed.id(),
            seed.title(),
            seed.articleIds(),
            List.of(
                new SummarySentence("Der US-Außenminister reiste nach Kiew und Berlin.",
                    List.of(visit, visit2)),
                new SummarySentence("In Genf traf er den russischen Außenminister.", List.of(geneva))),
            seed.entities(),
            List.of(
                new Quote("q1", a0, q0.start(), q0.end(), quoteText, "direct",
                    new Quote.Speaker(null, "hochrangiger Beamter des US-Außenministeriums"), null, "g1"),
                new Quote("q2", a3, q3.start(), q3.end(), quoteText, "direct",
                    new Quote.Speaker(null, "hoher Beamter des US-Außenministeriums"),
                    new Quote.Cue(cue.start(), cue.start() + 5, "sagte"), "g1")),
            List.of(new Timex(a2, mittwoch.start(), mittwoch.end(), "am Mittwoch", "DATE", "2022-01-19")),
            List.of(new TimelineEntry("2022-01-19", "Blinken in Kiew",
                blinken == null ? List.of() : List.of(blinken), "Kiew", List.of(visit, visit2))),
            List.of(new SharedPassage(q0, q3, 0.97)),
            List.of(new Discrepancy("russische Truppen an der Grenze", "figure",
                List.of(new Discrepancy.Version(a0, troops1.start(), troops1.end(),
                        "Zehntausende von russischen Truppen", "10000+"),
                    new Discrepancy.Version(a2, troops2.start(), troops2.end(),
                        "rund 100.000 russischen Soldaten", "100000")))));
    List<Story> stories = new ArrayList<>(d.stories());
    stories.set(0, filled);
    return new Dossier(d.generated(), d.articles(), d.rejected(), stories);
  }

  private static Citation cite(Map<String, String> texts, String id, String snippet) {
    int at = texts.get(id).indexOf(snippet);
    if (at < 0) {
      throw new IllegalStateException("'" + snippet + "' not found in " + id);
    }
    return new Citation(id, at, at + snippet.length());
  }

  private static String entityId(Story story, String type, String name) {
    for (StoryEntity e : story.entities()) {
      if (e.type().equals(type) && e.variants().contains(name)) {
        return e.id();
      }
    }
    return null;
  }
}
