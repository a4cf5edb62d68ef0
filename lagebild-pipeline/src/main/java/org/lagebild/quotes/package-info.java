/**
 * Quotes: who said what. {@link org.lagebild.quotes.QuoteExtractor} is a per-article stage (needs
 * noise, sentences, tokens and entities) that finds direct speech in every German quotation style and
 * reported speech (speech verbs, "so X", "laut X", "X zufolge", Konjunktiv I continuations), and
 * resolves speakers through names, role phrases, pronouns and the previous speaker; then
 * {@link org.lagebild.quotes.SpeakerRanker}, a linear model fitted on the labelled quotes, fills speakers
 * the rules left open and puts a person in place of an employer or newspaper named with them; then
 * {@link org.lagebild.quotes.ReportContinuation}, a logistic model fitted on the labelled quotes, adds a
 * sentence no quote covers that continues the report before it (on only where cross-validation showed a gain).
 * It leaves a compact {@code QUOTES} layer. {@link org.lagebild.quotes.QuoteSection} links the speakers to the story's
 * entities and groups the versions of one utterance carried by several articles.
 */
package org.lagebild.quotes;
