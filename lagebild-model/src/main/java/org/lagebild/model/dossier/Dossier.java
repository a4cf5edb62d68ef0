package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Rejection;

/**
 * The whole analysis result of one run.
 *
 * @param schema always {@link #SCHEMA}; readers check it before trusting the rest
 * @param generated who produced the dossier and when; {@code null} when not recorded
 * @param articles every analysed article, with its text and debris spans
 * @param rejected inputs that could not be analysed, each with a reason
 * @param stories groups of articles about the same events, largest first
 */
public record Dossier(
    String schema,
    Generated generated,
    List<DossierArticle> articles,
    List<Rejection> rejected,
    List<Story> stories) {

  public static final String SCHEMA = "lagebild/dossier@1";

  public Dossier {
    Objects.requireNonNull(schema, "schema");
    articles = Lists.copy(articles);
    rejected = Lists.copy(rejected);
    stories = Lists.copy(stories);
  }

  public Dossier(
      Generated generated,
      List<DossierArticle> articles,
      List<Rejection> rejected,
      List<Story> stories) {
    this(SCHEMA, generated, articles, rejected, stories);
  }

  /**
   * Provenance of a dossier.
   *
   * @param generator program and version, e.g. {@code lagebild 0.1.0}
   * @param createdAt ISO 8601 instant
   */
  public record Generated(String generator, String createdAt) {}
}
