/**
 * Language stage: {@link org.lagebild.language.LanguageIdentifier} takes a declared language when
 * the input has one and otherwise asks a {@link org.lagebild.language.LanguageDetector} (implemented
 * in {@code lagebild-nlp} with OpenNLP) on the text with debris blanked. Needs the noise layer.
 */
package org.lagebild.language;
