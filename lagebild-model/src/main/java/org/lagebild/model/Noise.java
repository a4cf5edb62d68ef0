package org.lagebild.model;

/**
 * A stretch of scraping debris in the original text (markup remnants, bylines, inline URLs, all-caps
 * crossheads, whitespace runs). Listed in the dossier, skipped by analysis, never cut out.
 *
 * @param kind one of {@code markup}, {@code byline}, {@code url}, {@code crosshead}, {@code whitespace},
 *     {@code boilerplate}
 */
public record Noise(int start, int end, String kind) {
  public Noise {
    new Span(start, end);
  }

  public Span span() {
    return new Span(start, end);
  }
}
