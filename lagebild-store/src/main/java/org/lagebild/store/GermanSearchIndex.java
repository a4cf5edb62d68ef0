package org.lagebild.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.lagebild.model.Article;

/**
 * Full-text search over articles and stories, derived from the store. Article titles and texts go
 * through Lucene's {@link GermanAnalyzer} (lower case, German stop words, umlaut normalisation, light
 * stemming: "Verhandlungen" finds "Verhandlung"). Entity and speaker names go through a name chain
 * without stemming (standard tokenizer, lower case, German normalisation, ASCII folding) and are also
 * matched with edit distance, so "Kowalski" finds a story that spells "Kowalskyj". Writes are
 * visible to searches after {@link #commit()}.
 */
public final class GermanSearchIndex implements AutoCloseable {

  /** What to look for; {@code null} or blank parts do not constrain. */
  public record SearchQuery(String text, String entity, String speaker, int limit) {
    public SearchQuery {
      if (limit < 1 || limit > 500) {
        throw new IllegalArgumentException("limit must be 1..500, was " + limit);
      }
    }

    public boolean isEmpty() {
      return blank(text) && blank(entity) && blank(speaker);
    }
  }

  /**
   * One match.
   *
   * @param kind {@code article} or {@code story}
   */
  public record Hit(String kind, String id, String title, float score) {}

  static final String KIND = "kind";
  static final String ID = "id";
  static final String KEY = "key";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String ENTITY = "entity";
  static final String SPEAKER = "speaker";

  private static final String CHANGE_KEY = "lagebild.store.change";
  private static final String FORMAT_KEY = "lagebild.index.format";
  /** Changes whenever documents are indexed differently, so an older index gets rebuilt. */
  private static final String FORMAT = "1";

  private static final int MIN_FUZZY_LENGTH = 5;
  private static final int MAX_QUERY_TERMS = 32;

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Analyzer names = new NameAnalyzer();

  private GermanSearchIndex(FSDirectory directory, IndexWriter writer, Analyzer analyzer)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens or creates the index in {@code dir}. An index that cannot be opened (damaged files) is
   * derived data: it is recreated empty and {@link #syncWith} rebuilds it.
   */
  public static GermanSearchIndex open(Path dir) {
    try {
      return openOrCreate(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    } catch (IOException | RuntimeException e) {
      System.err.println("lagebild: search index in " + dir + " unreadable (" + e.getMessage()
          + "); recreating it from the store");
      try {
        // Lucene reads what is there even to overwrite it: the damaged files go first.
        try (var files = java.nio.file.Files.list(dir)) {
          for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
            java.nio.file.Files.delete(f);
          }
        }
        return openOrCreate(dir, IndexWriterConfig.OpenMode.CREATE);
      } catch (IOException again) {
        throw new StoreException(
            "cannot open the search index in " + dir + ": " + again.getMessage(), again);
      }
    }
  }

  private static GermanSearchIndex openOrCreate(Path dir, IndexWriterConfig.OpenMode mode)
      throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            new GermanAnalyzer(), Map.of(ENTITY, new NameAnalyzer(), SPEAKER, new NameAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    try {
      return new GermanSearchIndex(directory, new IndexWriter(directory, config), analyzer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Rebuilds the index from the store unless its last commit recorded the store's current {@link
   * LagebildStore#changeCount} and this index format; returns whether it rebuilt. Call before
   * anything writes to the store.
   */
  public boolean syncWith(LagebildStore store) {
    long current = store.changeCount();
    if (recordedChange() == current && FORMAT.equals(commitData().get(FORMAT_KEY))) {
      return false;
    }
    rebuild(store);
    return true;
  }

  /** The store change count the last commit recorded, -1 when none (or a commit without one). */
  public long recordedChange() {
    String value = commitData().get(CHANGE_KEY);
    try {
      return value == null ? -1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Replaces everything by what the store holds now (the index is derived data). */
  public void rebuild(LagebildStore store) {
    try {
      long change = store.changeCount();
      writer.deleteAll();
      List<Article> batch = new ArrayList<>();
      store.forEachArticle(
          a -> {
            batch.add(a.article());
            if (batch.size() >= 500) {
              putArticles(batch);
              batch.clear();
            }
          });
      putArticles(batch);
      List<StoredStory> stories = new ArrayList<>();
      store.forEachStory(stories::add);
      putStories(List.of(), stories);
      commit(change);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void putArticles(List<Article> articles) {
    try {
      for (Article a : articles) {
        Document d = new Document();
        d.add(new StringField(KEY, "article:" + a.id(), Field.Store.NO));
        d.add(new StringField(KIND, "article", Field.Store.YES));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        if (a.title() != null) {
          d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, a.text(), Field.Store.NO));
        writer.updateDocument(new Term(KEY, "article:" + a.id()), d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void putStories(Collection<String> removedIds, List<StoredStory> stories) {
    try {
      for (String id : removedIds) {
        writer.deleteDocuments(new Term(KEY, "story:" + id));
      }
      for (StoredStory s : stories) {
        Document d = new Document();
        d.add(new StringField(KEY, "story:" + s.id(), Field.Store.NO));
        d.add(new StringField(KIND, "story", Field.Store.YES));
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        d.add(new TextField(TITLE, s.title(), Field.Store.YES));
        for (StoredStory.EntityRef e : s.entities()) {
          Set<String> spellings = new LinkedHashSet<>();
          spellings.add(e.name());
          spellings.addAll(e.variants());
          for (String spelling : spellings) {
            d.add(new TextField(ENTITY, spelling, Field.Store.NO));
            if (e.speaker()) {
              d.add(new TextField(SPEAKER, spelling, Field.Store.NO));
            }
          }
        }
        writer.updateDocument(new Term(KEY, "story:" + s.id()), d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the writes so far durable and visible, recording no store state: the next {@link
   * #syncWith} rebuilds. Writers pairing with the store use {@link #commit(long)}.
   */
  public void commit() {
    commit(-1);
  }

  /**
   * Makes the writes so far durable and visible, recording that the index now reflects every store
   * write up to change count {@code storeChange}.
   */
  public void commit(long storeChange) {
    try {
      writer.setLiveCommitData(
          Map.of(CHANGE_KEY, Long.toString(storeChange), FORMAT_KEY, FORMAT).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Hit> search(SearchQuery q) {
    Query query = toQuery(q);
    if (query == null) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, q.limit());
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          hits.add(new Hit(d.get(KIND), d.get(ID), d.get(TITLE), sd.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Query toQuery(SearchQuery q) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    if (!blank(q.text())) {
      SimpleQueryParser parser =
          new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f, ENTITY, 1.5f));
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      Query parsed = parser.parse(q.text());
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      if (parsed != null) {
        either.add(parsed, BooleanClause.Occur.SHOULD);
      }
      Query fuzzy = fuzzyNames(ENTITY, q.text());
      if (fuzzy != null) {
        either.add(new BoostQuery(fuzzy, 0.5f), BooleanClause.Occur.SHOULD);
      }
      all.add(either.build(), BooleanClause.Occur.MUST);
      any = true;
    }
    for (String[] part : new String[][] {{ENTITY, q.entity()}, {SPEAKER, q.speaker()}}) {
      if (!blank(part[1])) {
        Query names = fuzzyNames(part[0], part[1]);
        if (names == null) {
          return null;
        }
        all.add(names, BooleanClause.Occur.MUST);
        all.add(new TermQuery(new Term(KIND, "story")), BooleanClause.Occur.FILTER);
        any = true;
      }
    }
    return any ? all.build() : null;
  }

  /** Every name token must match, exactly or within the edit distance its length allows. */
  private Query fuzzyNames(String field, String text) {
    List<String> terms = analyze(names, field, text);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
      Term term = new Term(field, t);
      Query q = t.length() >= MIN_FUZZY_LENGTH ? new FuzzyQuery(term, t.length() >= 8 ? 2 : 1, 1)
          : new TermQuery(term);
      b.add(q, BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private static List<String> analyze(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The index's terms for a text in the article-text field, for highlighting matches. */
  public List<String> textTerms(String text) {
    return analyze(analyzer, TEXT, text == null ? "" : text.toLowerCase(Locale.ROOT));
  }

  /** The analysis the text field uses, for callers that highlight matches in stored texts. */
  public Analyzer textAnalyzer() {
    return analyzer;
  }

  public int documentCount() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Names: no stemming and no stop words, but case, umlauts, sharp s and accents folded. */
  static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new GermanNormalizationFilter(result);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
    }
  }
}
