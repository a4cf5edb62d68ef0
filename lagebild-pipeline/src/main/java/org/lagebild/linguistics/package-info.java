/**
 * The linguistic layer: sentences, tokens, part-of-speech tags, lemmas and named entities, written by
 * {@link org.lagebild.linguistics.LinguisticStage} through a {@link
 * org.lagebild.linguistics.LinguisticAnalyzer} (implemented in {@code lagebild-nlp}). Needs the noise
 * and language layers: debris is blanked out before analysis and only languages with an analyzer are
 * analysed.
 */
package org.lagebild.linguistics;
