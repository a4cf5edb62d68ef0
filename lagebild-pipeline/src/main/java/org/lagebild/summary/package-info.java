/**
 * The cited story summary: extractive selection of source sentences (debris, headings and quote
 * fragments skipped), near-identical sentences of several articles merged into one fact that cites
 * every article carrying it, facts carried by more outlets preferred, redundancy removed, and the
 * chosen sentences ordered by publication date and position. {@link
 * org.lagebild.summary.SummaryCitationCheck} verifies that every sentence is cited and that every
 * cited span contains its content. Needs sentences (or falls back to a punctuation split), debris
 * and publication dates when present; uses the story's quotes, timeline and shared passages when
 * earlier sections filled them.
 */
package org.lagebild.summary;
