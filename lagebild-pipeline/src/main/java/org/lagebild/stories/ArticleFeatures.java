package org.lagebild.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.PublicationDateInferrer;

/**
 * What the story clusterer knows of one article: term counts in three feature groups (content
 * lemmas of the body, entity keys, title words) and its publication day. Compact on purpose: this is
 * all the clustering keeps, the text is not needed.
 *
 * @param id article id
 * @param epochDay publication day as {@link LocalDate#toEpochDay()}, {@link #UNDATED} when unknown
 * @param lemmas body lemma counts
 * @param entities entity key counts
 * @param title title word counts (crudely stemmed), empty when the article has no title
 */
public record ArticleFeatures(
    String id,
    long epochDay,
    Map<String, Integer> lemmas,
    Map<String, Integer> entities,
    Map<String, Integer> title) {

  /** Marks an article without a known publication day: it is clustered by content alone. */
  public static final long UNDATED = Long.MIN_VALUE;

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    lemmas = Map.copyOf(lemmas);
    entities = Map.copyOf(entities);
    title = Map.copyOf(title);
  }

  public boolean dated() {
    return epochDay != UNDATED;
  }

  /**
   * Features from an analysed document: {@link TermVectorStage#TERMS} split into lemmas and
   * entities, title words from the article's title, the day from the inferred or declared date.
   */
  public static ArticleFeatures of(AnnotatedDocument doc, Set<String> stopWords) {
    Map<String, Integer> lemmas = new TreeMap<>();
    Map<String, Integer> entities = new TreeMap<>();
    for (Map.Entry<String, Integer> e : doc.getOrDefault(TermVectorStage.TERMS, Map.of()).entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        continue;
      }
      if (e.getKey().startsWith(TermVectorStage.ENTITY_PREFIX)) {
        entities.put(e.getKey().substring(TermVectorStage.ENTITY_PREFIX.length()), e.getValue());
      } else {
        lemmas.put(e.getKey(), e.getValue());
      }
    }
    return new ArticleFeatures(
        doc.id(), epochDay(doc), lemmas, entities, titleTerms(doc.article().title(), stopWords));
  }

  /** The publication day of a document, or {@link #UNDATED}. */
  public static long epochDay(AnnotatedDocument doc) {
    PublicationDate date = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
    String value = date != null && date.known() ? date.value() : doc.article().published();
    return epochDay(value);
  }

  /** The day of an ISO 8601 date or date-time, or {@link #UNDATED}. */
  public static long epochDay(String value) {
    if (value == null || value.length() < 10) {
      return UNDATED;
    }
    try {
      return LocalDate.parse(value.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return UNDATED;
    }
  }

  /**
   * Title words: letters and digits runs of at least three characters, lower-cased, stop-words
   * dropped, with a light German suffix strip so that "Präsidenten" meets "Präsident".
   */
  public static Map<String, Integer> titleTerms(String title, Set<String> stopWords) {
    Map<String, Integer> terms = new TreeMap<>();
    if (title == null) {
      return terms;
    }
    for (String word : Words.split(title)) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.length() < 3 || stopWords.contains(w) || !Words.hasLetter(w)) {
        continue;
      }
      terms.merge(Words.stem(w), 1, Integer::sum);
    }
    return terms;
  }
}
