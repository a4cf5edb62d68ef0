package org.lagebild.model;

import java.util.Objects;

/**
 * One input article as read, before analysis. Only {@code text} is required; the other fields are
 * {@code null} when the input did not give them.
 *
 * @param id stable id (the input's own id, or a plain file's name without extension)
 * @param source where it came from: a path, with {@code #line} for JSON Lines records
 * @param title headline, if any
 * @param outlet publishing outlet (domain or name), if any
 * @param url canonical address, if any
 * @param language declared language (ISO 639-1), if any
 * @param published declared publication date or date-time (ISO 8601), if any
 * @param author byline, if any
 * @param text the body as decoded; every offset of every annotation points into it
 */
public record Article(
    String id,
    String source,
    String title,
    String outlet,
    String url,
    String language,
    String published,
    String author,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** An article with just an id and a text, for tests and simple callers. */
  public static Article of(String id, String text) {
    return new Article(id, id, null, null, null, null, null, null, text);
  }

  public Article withId(String newId) {
    return new Article(newId, source, title, outlet, url, language, published, author, text);
  }
}
