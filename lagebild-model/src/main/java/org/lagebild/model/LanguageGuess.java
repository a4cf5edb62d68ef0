package org.lagebild.model;

/**
 * The language of an article.
 *
 * @param code ISO 639-1 code ({@code de}, {@code en}, ...), or {@code und} when undetermined
 * @param confidence 0..1
 * @param basis {@code metadata} when the input declared it, {@code detected} otherwise
 */
public record LanguageGuess(String code, double confidence, String basis) {
  public static final String UNDETERMINED = "und";
}
