/**
 * Story grouping: which articles report the same events. {@link
 * org.lagebild.stories.TermVectorStage} turns each article's content lemmas and entity names into a
 * term-count vector (needs the linguistic TOKENS and ENTITIES layers); {@link
 * org.lagebild.stories.BaselineStoryGrouper} links articles whose TF-IDF vectors are similar and
 * close in time, and returns the connected groups. Both are deterministic whatever the input order.
 */
package org.lagebild.stories;
