package org.lagebild.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Article;

/**
 * Keeps ids unique within one read and drops exact repeats: an article whose text (stripped of
 * surrounding whitespace) equals an earlier one is a duplicate; a new text under a used id gets the
 * next free suffix ({@code id~2}, {@code id~3}). Texts are remembered by SHA-256 digest only, so
 * memory stays small on large streams. Not thread-safe: one per read.
 */
final class ArticleDeduplicator {

  /** The article to emit (perhaps renamed), or the id of the earlier article it repeats. */
  record Admission(Article article, String duplicateOf) {}

  private final Set<String> ids = new HashSet<>();
  private final Map<String, String> idByText = new HashMap<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private final MessageDigest sha256;

  ArticleDeduplicator() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  Admission admit(Article article) {
    String key = digest(article.text().strip());
    String earlier = idByText.get(key);
    if (earlier != null) {
      return new Admission(null, earlier);
    }
    String id = article.id();
    if (!ids.add(id)) {
      int suffix = nextSuffix.getOrDefault(id, 2);
      while (!ids.add(id + "~" + suffix)) {
        suffix++;
      }
      nextSuffix.put(id, suffix + 1);
      article = article.withId(id + "~" + suffix);
    }
    idByText.put(key, article.id());
    return new Admission(article, null);
  }

  private String digest(String text) {
    return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
