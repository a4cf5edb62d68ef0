/**
 * Shared passages and wire copy: {@link org.lagebild.passages.WireCopyDetector} aligns the
 * sentences two articles share (exact hash or word-trigram Jaccard of normalised words), chains
 * them into passages, lists the word edits between the versions and says which article carries
 * more; exact and near-duplicate articles are flagged. {@link
 * org.lagebild.passages.SharedPassageSection} writes a story's passages into the dossier; {@link
 * org.lagebild.passages.NearDuplicateIndex} finds copies across a stream. Needs the article text and,
 * when present, {@code LinguisticStage.SENTENCES}.
 */
package org.lagebild.passages;
