/**
 * Story clustering: which articles report the same events. {@link
 * org.lagebild.stories.TermVectorStage} turns each article's content lemmas and entity names into
 * term counts (needs the linguistic TOKENS and ENTITIES layers; uses the refined entities and derived
 * words instead where GermanEntityRefiner ran first); {@link
 * org.lagebild.stories.ArticleFeatures} adds title words and the publication day; {@link
 * org.lagebild.stories.StoryClusterer} clusters the stream online against open story centroids
 * (inverted-index candidates, weighted lemma/entity/title cosines minus a time-gap penalty, stories
 * closing after a window). {@link org.lagebild.stories.BaselineStoryGrouper} is the earlier batch
 * single-link grouping, kept for comparison.
 */
package org.lagebild.stories;
