package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Noise;

/**
 * One analysed article as listed in the dossier. The text is kept whole; debris is listed under
 * {@code noise}, never cut out, so every offset in the dossier points into {@code text}.
 *
 * @param title headline, or {@code null}
 * @param outlet publishing outlet, or {@code null}
 * @param url canonical address, or {@code null}
 * @param language ISO 639-1 code, or {@code und}
 * @param published ISO 8601 date or date-time, or {@code null} when unknown
 * @param publishedBasis {@code metadata}, {@code dateline}, {@code text}, {@code relative} or {@code
 *     unknown}
 * @param languageConfidence 0..1, or {@code null} when no language stage ran
 * @param tokenCount tokens analysed, or {@code null} when the article was not analysed
 * @param sentenceCount sentences analysed, or {@code null} when the article was not analysed
 */
public record DossierArticle(
    String id,
    String source,
    String title,
    String outlet,
    String url,
    String language,
    String published,
    String publishedBasis,
    String text,
    List<Noise> noise,
    Double languageConfidence,
    Integer tokenCount,
    Integer sentenceCount) {

  public static final List<String> PUBLISHED_BASES =
      List.of("metadata", "dateline", "text", "relative", "unknown");

  public DossierArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    publishedBasis = publishedBasis == null ? "unknown" : publishedBasis;
    Lists.oneOf(publishedBasis, "publishedBasis", PUBLISHED_BASES.toArray(String[]::new));
    noise = Lists.copy(noise);
  }
}
