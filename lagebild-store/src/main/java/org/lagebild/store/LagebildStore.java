package org.lagebild.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.model.Article;

/**
 * Where articles and stories live. Every method is safe to call from many threads; writes are
 * atomic (all of a call or nothing, also across a crash), reads never wait for analysis. SQLite is
 * the embedded implementation; a server database can implement the same interface.
 */
public interface LagebildStore extends AutoCloseable {

  /**
   * Stores articles in one transaction. Idempotent by id and content hash: a known id with the same
   * text, or a text already stored under another id, changes nothing.
   */
  IngestReceipt putArticles(List<Article> articles);

  Optional<StoredArticle> article(String id);

  /** The {@code limit} most recently stored articles, oldest first. */
  List<StoredArticle> recentArticles(int limit);

  /** The {@code limit} most recent articles with a sequence up to {@code throughSequence}, oldest first. */
  List<StoredArticle> articlesThrough(long throughSequence, int limit);

  /** The sequence of the {@code n}-th article (n >= 1) after {@code afterSequence}, if there are that many. */
  java.util.OptionalLong sequenceAfter(long afterSequence, int n);

  /** The sequence of the last stored article, 0 when there is none. */
  long lastSequence();

  /** The given articles that exist, in no particular order. */
  List<StoredArticle> articles(Collection<String> ids);

  /** Every article, in ingest order, for rebuilding derived data. */
  void forEachArticle(java.util.function.Consumer<StoredArticle> action);

  long articleCount();

  /** Story id to member ids, for the stories containing any of {@code articleIds}. */
  Map<String, Set<String>> storiesOf(Collection<String> articleIds);

  /** Removes {@code removedIds} and writes {@code stories} (replacing same ids) in one transaction. */
  void replaceStories(Collection<String> removedIds, List<StoredStory> stories);

  List<StoryListing> stories(StoryFilter filter);

  Optional<StoredStory> story(String id);

  /** Every story, for rebuilding derived data. */
  void forEachStory(java.util.function.Consumer<StoredStory> action);

  long storyCount();

  /** The story an article belongs to, if it has been grouped yet. */
  Optional<String> storyOfArticle(String articleId);

  Optional<EntityRecord> entity(String id);

  /** Stored analyses of the given articles that still match the article's text, by article id. */
  Map<String, ArticleAnalysis> analyses(Collection<String> articleIds);

  /** Stores analyses (replacing older ones) in one transaction; rows for unknown articles are skipped. */
  void putAnalyses(List<ArticleAnalysis> analyses);

  /** The grouping checkpoint (sequence 0 and no articles before the first step). */
  GroupingState grouping();

  /**
   * Records one completed regrouping step in one transaction: the checkpoint moves to {@code
   * throughSequence}, {@code assigned} articles get their group, {@code dropped} ones leave.
   */
  void saveGrouping(long throughSequence, Map<String, String> assigned, Collection<String> dropped);

  /** Story id to member ids for every story. */
  Map<String, Set<String>> storyMembers();

  /**
   * A counter that grows with every write derived data (the search index) reflects: articles added
   * or replaced, stories replaced. Read it under the same serialisation as the write to pair them.
   */
  long changeCount();

  @Override
  void close();
}
