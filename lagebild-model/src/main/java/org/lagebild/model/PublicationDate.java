package org.lagebild.model;

/**
 * When an article was published, and how we know.
 *
 * @param value ISO 8601 date or date-time, or {@code null} when unknown
 * @param basis {@code metadata}, {@code dateline}, {@code text}, {@code relative} or {@code unknown}
 */
public record PublicationDate(String value, String basis) {
  public static final PublicationDate UNKNOWN = new PublicationDate(null, "unknown");

  public boolean known() {
    return value != null;
  }
}
