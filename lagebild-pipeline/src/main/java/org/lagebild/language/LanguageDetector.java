package org.lagebild.language;

import org.lagebild.model.LanguageGuess;

/**
 * Guesses the language of a text from its characters. Implementations load their model once and are
 * thread-safe; one instance serves every worker thread. Text too short to judge gives {@code und}
 * with confidence 0, never an exception.
 */
public interface LanguageDetector {

  /** The most likely language: ISO 639-1 where one exists, basis {@code detected}. */
  LanguageGuess detect(CharSequence text);
}
