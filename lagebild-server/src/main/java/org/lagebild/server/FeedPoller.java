package org.lagebild.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.lagebild.model.Article;
import org.lagebild.store.SqliteStore;

/**
 * Polls RSS 2.0 and Atom feeds and ingests their items. The item's guid (or link) is the article id,
 * so polling the same feed again adds nothing; the text is the item's content or description with
 * markup removed. Feeds larger than the body limit are refused.
 */
public final class FeedPoller {

  private final List<URI> feeds;
  private final IngestService ingest;
  private final long maxBytes;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  public FeedPoller(List<URI> feeds, IngestService ingest, long maxBytes) {
    this.feeds = List.copyOf(feeds);
    this.ingest = ingest;
    this.maxBytes = maxBytes;
  }

  /** Polls every feed once; returns the number of items read (new or not). */
  public int poll() {
    int items = 0;
    for (URI feed : feeds) {
      try {
        HttpResponse<byte[]> response =
            client.send(
                HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          System.err.println("lagebild: feed " + feed + " answered " + response.statusCode());
          continue;
        }
        if (response.body().length > maxBytes) {
          System.err.println("lagebild: feed " + feed + " larger than " + maxBytes + " bytes; skipped");
          continue;
        }
        List<Article> articles = parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), feed);
        ingest.ingest(articles);
        items += articles.size();
      } catch (java.io.IOException e) {
        System.err.println("lagebild: cannot fetch feed " + feed + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return items;
      }
    }
    return items;
  }

  /** Items of an RSS or Atom document; items without text are skipped. */
  static List<Article> parse(String xml, URI feed) {
    Document doc = Jsoup.parse(xml, feed.toString(), Parser.xmlParser());
    String outlet = feed.getHost();
    List<Article> out = new ArrayList<>();
    boolean atom = doc.selectFirst("feed > entry") != null;
    for (Element item : doc.select(atom ? "entry" : "item")) {
      String link = atom ? attr(item.selectFirst("link"), "href") : text(item, "link");
      String guid = text(item, atom ? "id" : "guid");
      String title = text(item, "title");
      String body = atom ? firstNonBlank(text(item, "content"), text(item, "summary"))
          : firstNonBlank(text(item, "content|encoded"), text(item, "description"));
      String plain = body == null ? null : Jsoup.parse(body).text();
      if (plain == null || plain.isBlank()) {
        continue;
      }
      String date = atom ? firstNonBlank(text(item, "published"), text(item, "updated"))
          : firstNonBlank(text(item, "pubDate"), text(item, "dc|date"));
      String id = guid != null ? guid : link != null ? link
          : "feed-" + SqliteStore.contentHash(plain).substring(0, 16);
      out.add(new Article(id, feed + "#" + id, title, outlet, link, null,
          isoDate(date), null, plain));
    }
    return out;
  }

  /** RSS dates are RFC 1123, Atom dates ISO 8601; anything else is left out rather than guessed. */
  static String isoDate(String raw) {
    if (raw == null) {
      return null;
    }
    for (java.time.format.DateTimeFormatter f :
        List.of(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME,
            java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
      try {
        return java.time.OffsetDateTime.parse(raw.strip(), f).toString();
      } catch (java.time.format.DateTimeParseException e) {
        // try the next format
      }
    }
    return raw.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? raw.strip() : null;
  }

  private static String text(Element item, String tag) {
    Element e = item.selectFirst(tag);
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String attr(Element e, String name) {
    return e == null || e.attr(name).isBlank() ? null : e.attr(name);
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
