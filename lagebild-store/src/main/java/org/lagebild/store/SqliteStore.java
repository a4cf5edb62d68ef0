package org.lagebild.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.lagebild.model.Article;

/**
 * The embedded store: one SQLite file in write-ahead-log mode. One writer connection (writes are
 * serialised by a lock, each call one transaction with a full sync on commit, so a killed process
 * keeps every committed call and none of a half-done one) and a small pool of read-only connections
 * that see the last committed state while a write is under way.
 */
public final class SqliteStore implements LagebildStore {

  /** The database file inside the data folder. */
  public static final String FILE_NAME = "lagebild.db";

  private static final int READERS = 8;
  private static final int BATCH_IDS = 500;

  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final BlockingQueue<Connection> readers;
  private final List<Connection> allReaders = new ArrayList<>();
  private volatile boolean closed;

  private SqliteStore(Connection writer, List<Connection> readers) {
    this.writer = writer;
    this.readers = new ArrayBlockingQueue<>(readers.size(), false, readers);
    this.allReaders.addAll(readers);
  }

  /** Opens (creating and migrating when needed) the store in {@code dataDir}. */
  public static SqliteStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      String url = "jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath();
      Connection writer = DriverManager.getConnection(url);
      try (Statement st = writer.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute("PRAGMA foreign_keys=ON");
        st.execute("PRAGMA busy_timeout=10000");
      }
      SchemaMigrations.migrate(writer);
      writer.setAutoCommit(false);
      List<Connection> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        Connection r = DriverManager.getConnection(url);
        try (Statement st = r.createStatement()) {
          st.execute("PRAGMA busy_timeout=10000");
          st.execute("PRAGMA query_only=ON");
        }
        readers.add(r);
      }
      return new SqliteStore(writer, readers);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** SHA-256 of the text, hex: the content identity used for idempotent ingest. */
  public static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  @Override
  public IngestReceipt putArticles(List<Article> articles) {
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    write(
        c -> {
          long seq = scalarLong(c, "SELECT COALESCE(MAX(seq), 0) FROM articles");
          Set<String> seenInCall = new java.util.HashSet<>();
          for (Article a : articles) {
            String hash = contentHash(a.text());
            if (!seenInCall.add(a.id())) {
              unchanged.add(a.id());
              continue;
            }
            String knownHash = null;
            try (PreparedStatement ps =
                c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
              ps.setString(1, a.id());
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  knownHash = rs.getString(1);
                }
              }
            }
            if (hash.equals(knownHash)) {
              unchanged.add(a.id());
              continue;
            }
            if (knownHash == null && hashExists(c, hash)) {
              unchanged.add(a.id());
              continue;
            }
            if (knownHash != null) {
              try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                ps.setString(1, a.id());
                ps.executeUpdate();
              }
              updated.add(a.id());
            } else {
              added.add(a.id());
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO articles (id, seq, content_hash, source, title, outlet, url,"
                        + " language, published, author, text, ingested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              ps.setString(1, a.id());
              ps.setLong(2, ++seq);
              ps.setString(3, hash);
              ps.setString(4, a.source());
              ps.setString(5, a.title());
              ps.setString(6, a.outlet());
              ps.setString(7, a.url());
              ps.setString(8, a.language());
              ps.setString(9, a.published());
              ps.setString(10, a.author());
              ps.setString(11, a.text());
              ps.setString(12, Instant.now().toString());
              ps.executeUpdate();
            }
          }
          if (!added.isEmpty() || !updated.isEmpty()) {
            bumpChangeCount(c);
          }
          return null;
        });
    return new IngestReceipt(added, updated, unchanged);
  }

  private static boolean hashExists(Connection c, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static final String ARTICLE_COLUMNS =
      "id, source, title, outlet, url, language, published, author, text, content_hash, seq";

  private static StoredArticle articleRow(ResultSet rs) throws SQLException {
    Article a =
        new Article(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    return new StoredArticle(a, rs.getString(10), rs.getLong(11));
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(articleRow(rs)) : Optional.<StoredArticle>empty();
            }
          }
        });
  }

  @Override
  public List<StoredArticle> recentArticles(int limit) {
    return articlesThrough(Long.MAX_VALUE, limit);
  }

  @Override
  public List<StoredArticle> articlesThrough(long throughSequence, int limit) {
    return read(
        c -> {
          List<StoredArticle> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + ARTICLE_COLUMNS
                      + " FROM articles WHERE seq <= ? ORDER BY seq DESC LIMIT ?")) {
            ps.setLong(1, throughSequence);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(articleRow(rs));
              }
            }
          }
          java.util.Collections.reverse(out);
          return out;
        });
  }

  @Override
  public java.util.OptionalLong sequenceAfter(long afterSequence, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq FROM articles WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?")) {
            ps.setLong(1, afterSequence);
            ps.setInt(2, n - 1);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? java.util.OptionalLong.of(rs.getLong(1))
                  : java.util.OptionalLong.empty();
            }
          }
        });
  }

  @Override
  public long lastSequence() {
    return read(c -> scalarLong(c, "SELECT COALESCE(MAX(seq), 0) FROM articles"));
  }

  @Override
  public Map<String, ArticleAnalysis> analyses(Collection<String> articleIds) {
    List<String> all = List.copyOf(new LinkedHashSet<>(articleIds));
    Map<String, ArticleAnalysis> out = new HashMap<>();
    for (int from = 0; from < all.size(); from += BATCH_IDS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH_IDS));
      read(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT x.article_id, x.content_hash, x.format, x.data FROM article_analysis x"
                        + " JOIN articles a ON a.id = x.article_id AND a.content_hash = x.content_hash"
                        + " WHERE x.article_id IN (" + placeholders(chunk.size()) + ")")) {
              for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 1, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.put(rs.getString(1), new ArticleAnalysis(
                      rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBytes(4)));
                }
              }
            }
            return null;
          });
    }
    return out;
  }

  @Override
  public void putAnalyses(List<ArticleAnalysis> analyses) {
    if (analyses.isEmpty()) {
      return;
    }
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO article_analysis (article_id, content_hash, format, data)"
                      + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)")) {
            for (ArticleAnalysis a : analyses) {
              ps.setString(1, a.articleId());
              ps.setString(2, a.contentHash());
              ps.setInt(3, a.format());
              ps.setBytes(4, a.data());
              ps.setString(5, a.articleId());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static final String GROUPED_THROUGH = "grouping.through";
  private static final String CHANGE_COUNT = "change.count";

  @Override
  public GroupingState grouping() {
    return read(
        c -> {
          Map<String, String> groupOf = new HashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT article_id, group_key FROM grouping_state")) {
            while (rs.next()) {
              groupOf.put(rs.getString(1), rs.getString(2));
            }
          }
          return new GroupingState(meta(c, GROUPED_THROUGH), groupOf);
        });
  }

  @Override
  public void saveGrouping(
      long throughSequence, Map<String, String> assigned, Collection<String> dropped) {
    write(
        c -> {
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM grouping_state WHERE article_id = ?")) {
            for (String id : dropped) {
              del.setString(1, id);
              del.addBatch();
            }
            del.executeBatch();
          }
          try (PreparedStatement put =
              c.prepareStatement("INSERT OR REPLACE INTO grouping_state VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : assigned.entrySet()) {
              put.setString(1, e.getKey());
              put.setString(2, e.getValue());
              put.addBatch();
            }
            put.executeBatch();
          }
          setMeta(c, GROUPED_THROUGH, throughSequence);
          return null;
        });
  }

  @Override
  public Map<String, Set<String>> storyMembers() {
    return read(
        c -> {
          Map<String, Set<String>> out = new HashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery(
                  "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position")) {
            while (rs.next()) {
              out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
          }
          return out;
        });
  }

  @Override
  public long changeCount() {
    return read(c -> meta(c, CHANGE_COUNT));
  }

  private static long meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
      }
    }
  }

  private static void setMeta(Connection c, String key, long value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO store_meta VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, Long.toString(value));
      ps.executeUpdate();
    }
  }

  private static void bumpChangeCount(Connection c) throws SQLException {
    setMeta(c, CHANGE_COUNT, meta(c, CHANGE_COUNT) + 1);
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    List<String> all = List.copyOf(new LinkedHashSet<>(ids));
    List<StoredArticle> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH_IDS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH_IDS));
      out.addAll(
          read(
              c -> {
                List<StoredArticle> part = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id IN ("
                            + placeholders(chunk.size()) + ")")) {
                  for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      part.add(articleRow(rs));
                    }
                  }
                }
                return part;
              }));
    }
    return out;
  }

  @Override
  public void forEachArticle(Consumer<StoredArticle> action) {
    read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY seq")) {
            while (rs.next()) {
              action.accept(articleRow(rs));
            }
          }
          return null;
        });
  }

  @Override
  public long articleCount() {
    return read(c -> scalarLong(c, "SELECT COUNT(*) FROM articles"));
  }

  @Override
  public Map<String, Set<String>> storiesOf(Collection<String> articleIds) {
    List<String> all = List.copyOf(new LinkedHashSet<>(articleIds));
    Set<String> storyIds = new LinkedHashSet<>();
    for (int from = 0; from < all.size(); from += BATCH_IDS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH_IDS));
      storyIds.addAll(
          read(
              c -> {
                List<String> part = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ("
                            + placeholders(chunk.size()) + ")")) {
                  for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      part.add(rs.getString(1));
                    }
                  }
                }
                return part;
              }));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String storyId : storyIds) {
      out.put(storyId, new LinkedHashSet<>(members(storyId)));
    }
    return out;
  }

  private List<String> members(String storyId) {
    return read(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          return ids;
        });
  }

  @Override
  public void replaceStories(Collection<String> removedIds, List<StoredStory> stories) {
    write(
        c -> {
          try (PreparedStatement del = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
            for (String id : removedIds) {
              del.setString(1, id);
              del.addBatch();
            }
            for (StoredStory s : stories) {
              del.setString(1, s.id());
              del.addBatch();
            }
            del.executeBatch();
          }
          try (PreparedStatement story =
                  c.prepareStatement(
                      "INSERT INTO stories (id, title, article_count, first_published,"
                          + " last_published, json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
              PreparedStatement member =
                  c.prepareStatement("INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?)");
              PreparedStatement outlet =
                  c.prepareStatement("INSERT OR IGNORE INTO story_outlets VALUES (?, ?)");
              PreparedStatement entity =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO story_entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredStory s : stories) {
              story.setString(1, s.id());
              story.setString(2, s.title());
              story.setInt(3, s.articleIds().size());
              story.setString(4, s.firstPublished());
              story.setString(5, s.lastPublished());
              story.setString(6, s.json());
              story.setString(7, s.updatedAt() != null ? s.updatedAt() : Instant.now().toString());
              story.executeUpdate();
              for (int i = 0; i < s.articleIds().size(); i++) {
                member.setString(1, s.id());
                member.setString(2, s.articleIds().get(i));
                member.setInt(3, i);
                member.addBatch();
              }
              member.executeBatch();
              for (String o : s.outlets()) {
                outlet.setString(1, s.id());
                outlet.setString(2, o);
                outlet.addBatch();
              }
              outlet.executeBatch();
              for (StoredStory.EntityRef e : s.entities()) {
                entity.setString(1, s.id());
                entity.setString(2, e.id());
                entity.setString(3, e.storyEntityId());
                entity.setString(4, e.name());
                entity.setString(5, e.type());
                entity.setString(6, String.join("\n", e.variants()));
                entity.setInt(7, e.mentions());
                entity.setInt(8, e.speaker() ? 1 : 0);
                entity.addBatch();
              }
              entity.executeBatch();
            }
          }
          bumpChangeCount(c);
          return null;
        });
  }

  private static final String LISTING_COLUMNS =
      "s.id, s.title, s.article_count, s.first_published, s.last_published, s.updated_at";

  private StoryListing listingRow(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    return new StoryListing(
        id, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), outlets(c, id),
        rs.getString(6));
  }

  private static List<String> outlets(Connection c, String storyId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT outlet FROM story_outlets WHERE story_id = ? ORDER BY outlet")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  @Override
  public List<StoryListing> stories(StoryFilter f) {
    StringBuilder sql = new StringBuilder("SELECT " + LISTING_COLUMNS + " FROM stories s WHERE 1=1");
    List<String> args = new ArrayList<>();
    if (f.from() != null) {
      // Dates are ISO strings, so comparing their date part as text orders them correctly.
      sql.append(" AND substr(COALESCE(s.last_published, ''), 1, 10) >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND substr(COALESCE(s.first_published, '9999'), 1, 10) <= ?");
      args.add(f.to());
    }
    if (f.entityId() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM story_entities e WHERE e.story_id = s.id AND e.entity_id = ?)");
      args.add(f.entityId());
    }
    if (f.outlet() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM story_outlets o WHERE o.story_id = s.id AND o.outlet = ?)");
      args.add(f.outlet());
    }
    sql.append(" ORDER BY s.last_published IS NULL, s.last_published DESC, s.article_count DESC, s.id");
    sql.append(" LIMIT ").append(f.limit()).append(" OFFSET ").append(f.offset());
    return read(
        c -> {
          List<StoryListing> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
              ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(listingRow(c, rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<StoredStory> story(String id) {
    return read(c -> storyRow(c, id));
  }

  private Optional<StoredStory> storyRow(Connection c, String id) throws SQLException {
    String title;
    String first;
    String last;
    String json;
    String updated;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT title, first_published, last_published, json, updated_at FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        title = rs.getString(1);
        first = rs.getString(2);
        last = rs.getString(3);
        json = rs.getString(4);
        updated = rs.getString(5);
      }
    }
    List<String> members = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          members.add(rs.getString(1));
        }
      }
    }
    List<StoredStory.EntityRef> entities = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT entity_id, story_entity_id, name, type, variants, mentions, speaker"
                + " FROM story_entities WHERE story_id = ? ORDER BY mentions DESC, name")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entities.add(
              new StoredStory.EntityRef(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                  splitLines(rs.getString(5)), rs.getInt(6), rs.getInt(7) != 0));
        }
      }
    }
    return Optional.of(
        new StoredStory(id, title, members, first, last, outlets(c, id), entities, json, updated));
  }

  @Override
  public void forEachStory(Consumer<StoredStory> action) {
    List<String> ids =
        read(
            c -> {
              List<String> out = new ArrayList<>();
              try (Statement st = c.createStatement();
                  ResultSet rs = st.executeQuery("SELECT id FROM stories ORDER BY id")) {
                while (rs.next()) {
                  out.add(rs.getString(1));
                }
              }
              return out;
            });
    for (String id : ids) {
      story(id).ifPresent(action);
    }
  }

  @Override
  public long storyCount() {
    return read(c -> scalarLong(c, "SELECT COUNT(*) FROM stories"));
  }

  @Override
  public Optional<String> storyOfArticle(String articleId) {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ? LIMIT 1")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public Optional<EntityRecord> entity(String id) {
    return read(
        c -> {
          String name = null;
          String type = null;
          int mentions = 0;
          Map<String, Integer> nameVotes = new HashMap<>();
          Set<String> variants = new LinkedHashSet<>();
          List<String> storyIds = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT e.name, e.type, e.variants, e.mentions, e.story_id FROM story_entities e"
                      + " JOIN stories s ON s.id = e.story_id WHERE e.entity_id = ?"
                      + " ORDER BY s.last_published IS NULL, s.last_published DESC, s.id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                nameVotes.merge(rs.getString(1), rs.getInt(4), Integer::sum);
                type = rs.getString(2);
                variants.addAll(splitLines(rs.getString(3)));
                mentions += rs.getInt(4);
                storyIds.add(rs.getString(5));
              }
            }
          }
          if (storyIds.isEmpty()) {
            return Optional.<EntityRecord>empty();
          }
          name =
              nameVotes.entrySet().stream()
                  .max(Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
                  .orElseThrow()
                  .getKey();
          List<StoryListing> stories = new ArrayList<>();
          for (String sid : storyIds) {
            try (PreparedStatement ps =
                c.prepareStatement("SELECT " + LISTING_COLUMNS + " FROM stories s WHERE s.id = ?")) {
              ps.setString(1, sid);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  stories.add(listingRow(c, rs));
                }
              }
            }
          }
          return Optional.of(
              new EntityRecord(id, name, type, List.copyOf(variants), stories, mentions));
        });
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (Connection r : allReaders) {
        quietClose(r);
      }
      quietClose(writer);
    } finally {
      writeLock.unlock();
    }
  }

  private static void quietClose(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Closing at shutdown: nothing left to do with the error.
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      checkOpen();
      try {
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          writer.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e instanceof StoreException se ? se
            : new StoreException("store write failed: " + e.getMessage(), e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T read(SqlWork<T> work) {
    checkOpen();
    Connection c;
    try {
      c = readers.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a store connection", e);
    }
    if (c == null) {
      throw new StoreException("store busy: no read connection free for 30 s", null);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException("store is closed", null);
    }
  }

  private static long scalarLong(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static List<String> splitLines(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }
}
