package org.lagebild.dossier;

import java.util.List;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.Story;

/**
 * Fills one section of a story from its analysed documents: entities, quotes, timeline, shared
 * passages, discrepancies, summary. The builder applies sections in order, so a later one can use
 * what an earlier one wrote (quotes point into the story's entities, the summary cites all of them).
 * Implementations are stateless or thread-safe.
 */
public interface StorySection {

  /** Short name for messages, e.g. {@code "quotes"}. */
  String name();

  /**
   * The story with this section filled in.
   *
   * @param documents the story's documents, in the order of {@code story.articleIds()}
   */
  Story fill(Story story, List<AnnotatedDocument> documents);
}
