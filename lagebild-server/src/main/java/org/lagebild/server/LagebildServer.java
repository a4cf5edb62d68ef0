package org.lagebild.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.dossier.DossierJsonReader;
import org.lagebild.dossier.HtmlReportWriter;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.ingest.IngestResult;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.store.EntityRecord;
import org.lagebild.store.GermanSearchIndex;
import org.lagebild.store.IngestReceipt;
import org.lagebild.store.LagebildStore;
import org.lagebild.store.SqliteStore;
import org.lagebild.store.StoredArticle;
import org.lagebild.store.StoredStory;
import org.lagebild.store.StoryFilter;

/**
 * The server: setup ({@link #start}) and routing in one place, {@code main} lives in the command
 * line. Tests start it on port 0 with the same wiring. Every refusal is an {@link ApiException},
 * mapped to JSON under {@code /api/} and to an HTML page elsewhere by one handler.
 */
public final class LagebildServer implements AutoCloseable {

  /** Pages forbid inline script and any foreign origin; article text cannot run anything. */
  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_ID_LENGTH = 512;
  private static final int MAX_QUERY_LENGTH = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServerConfig config;
  private final LagebildStore store;
  private final GermanSearchIndex index;
  private final IngestService ingest;
  private final ArticleBodyParser parser;
  private final ScheduledExecutorService scheduler;
  private final Javalin app;

  private LagebildServer(ServerConfig config, LagebildStore store, GermanSearchIndex index,
      IngestService ingest, ScheduledExecutorService scheduler) {
    this.config = config;
    this.store = store;
    this.index = index;
    this.ingest = ingest;
    this.parser = new ArticleBodyParser(IngestOptions.defaults());
    this.scheduler = scheduler;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/org/lagebild/server/static";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "max-age=300");
      });
    });
    routes();
  }

  /**
   * Opens the store in {@code config.dataDir()}, rebuilds the search index from it when it is missing
   * or behind the store, starts story
   * analysis, folder watching and feed polling as configured, and starts listening.
   */
  public static LagebildServer start(ServerConfig config, StoryAnalysis analysis) {
    SqliteStore store = SqliteStore.open(config.dataDir());
    GermanSearchIndex index = GermanSearchIndex.open(config.dataDir().resolve("index"));
    if (index.syncWith(store) && index.documentCount() > 0) {
      System.err.println("lagebild: search index rebuilt from the store (" + index.documentCount()
          + " documents)");
    }
    IncrementalStoryUpdater updater =
        new IncrementalStoryUpdater(store, index, analysis, config.window());
    IngestService ingest = new IngestService(store, index, updater);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "lagebild-poller");
      t.setDaemon(true);
      return t;
    });
    LagebildServer server = new LagebildServer(config, store, index, ingest, scheduler);
    ingest.start();
    if (config.watchDir() != null) {
      FolderWatcher watcher = new FolderWatcher(config.watchDir(), server.parser, ingest);
      scheduler.scheduleWithFixedDelay(guard(watcher::poll), 0, 2, TimeUnit.SECONDS);
    }
    if (!config.feeds().isEmpty()) {
      FeedPoller feeds = new FeedPoller(config.feeds(), ingest, config.maxBodyBytes());
      scheduler.scheduleWithFixedDelay(
          guard(feeds::poll), 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
    server.app.start(config.host(), config.port());
    return server;
  }

  private static Runnable guard(Runnable r) {
    return () -> {
      try {
        r.run();
      } catch (RuntimeException e) {
        System.err.println("lagebild: polling failed: " + e);
      }
    };
  }

  public int port() {
    return app.port();
  }

  public IngestService ingest() {
    return ingest;
  }

  public LagebildStore store() {
    return store;
  }

  @Override
  public void close() {
    // Pollers finish their current round (no interrupt: see IngestService), then requests drain.
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
    ingest.close();
    index.close();
    store.close();
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
        codeFor(e.getStatus()), e.getStatus() == 404 ? "no such address: " + ctx.path() : e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("lagebild: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      fail(ctx, 500, "internal", "internal error; the server log has the details");
    });
    app.error(404, ctx -> {
      if (ctx.attribute("lagebild.failed") == null) {
        fail(ctx, 404, "not_found", "no such page: " + ctx.path());
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute("lagebild.failed") == null) {
        fail(ctx, 405, "method_not_allowed", ctx.method() + " not allowed on " + ctx.path());
      }
    });

    app.get("/api/health", ctx -> {
      params(ctx);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "ok");
      body.put("articles", store.articleCount());
      body.put("stories", store.storyCount());
      body.put("pendingBatches", ingest.pending());
      body.put("analysedSinceStart", ingest.analysedSinceStart());
      body.put("lastError", ingest.lastError());
      json(ctx, 200, body);
    });
    app.post("/api/articles", this::postArticles);
    app.get("/api/articles/{id}", ctx -> {
      params(ctx);
      String id = id(ctx);
      StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("article " + id));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("article", analysedArticle(id).map(Object.class::cast).orElse(a.article()));
      body.put("storyId", store.storyOfArticle(id).orElse(null));
      body.put("contentHash", a.contentHash());
      json(ctx, 200, body);
    });
    app.get("/api/stories", ctx -> json(ctx, 200, Map.of("stories", store.stories(filter(ctx)))));
    app.get("/api/stories/{id}", ctx -> {
      params(ctx);
      StoredStory s = story(id(ctx));
      JsonNode node = JSON.readTree(s.json()).path("stories").path(0);
      ctx.status(200).contentType("application/json").result(JSON.writeValueAsString(node));
    });
    app.get("/api/entities/{id}", ctx -> {
      params(ctx);
      String id = id(ctx);
      json(ctx, 200, store.entity(id).orElseThrow(() -> ApiException.notFound("entity " + id)));
    });
    app.get("/api/search", ctx -> {
      Map<String, String> p = params(ctx, "q", "entity", "speaker", "limit");
      SearchResults r = search(p);
      json(ctx, 200, Map.of("stories", r.stories(), "articles", r.articles()));
    });
    app.get("/api/openapi.json", ctx -> {
      params(ctx);
      try (InputStream in = LagebildServer.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    });

    app.get("/", ctx -> {
      StoryFilter f = filter(ctx);
      page(ctx, HtmlPages.layout("Stories", "", HtmlPages.storyList(store.stories(f), f.from(), f.to(),
          f.outlet(), f.entityId(), store.articleCount(), ingest.pending())));
    });
    app.get("/search", ctx -> {
      Map<String, String> p = params(ctx, "q", "entity", "speaker", "limit");
      SearchResults r = search(p);
      page(ctx, HtmlPages.layout("Search", p.get("q"),
          HtmlPages.search(p.get("q"), p.get("entity"), p.get("speaker"), r.stories(), r.articles())));
    });
    app.get("/stories/{id}", ctx -> {
      params(ctx);
      StoredStory s = story(id(ctx));
      Dossier mini = dossier(s);
      StringWriter w = new StringWriter();
      new HtmlReportWriter().write(mini, w);
      String html = w.toString().replaceFirst("<body>\n",
          "<body>\n<nav class=\"lagebild-server\"><a href=\"/\">← All stories</a> · <a href=\"/search\">Search</a>"
              + " · <a href=\"/api/stories/" + HtmlText.escape(HtmlText.url(s.id())) + "\">JSON</a></nav>\n");
      // The report carries its own Content-Security-Policy (hashes of its inline style and script).
      ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    });
    app.get("/articles/{id}", ctx -> {
      Map<String, String> p = params(ctx, "q");
      String id = id(ctx);
      StoredArticle stored = store.article(id).orElseThrow(() -> ApiException.notFound("article " + id));
      Optional<String> storyId = store.storyOfArticle(id);
      DossierArticle a = null;
      Story story = null;
      if (storyId.isPresent()) {
        Optional<StoredStory> s = store.story(storyId.get());
        if (s.isPresent()) {
          Dossier mini = dossier(s.get());
          story = mini.stories().get(0);
          a = mini.articles().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        }
      }
      if (a == null) {
        var raw = stored.article();
        a = new DossierArticle(raw.id(), raw.source(), raw.title(), raw.outlet(), raw.url(),
            raw.language() == null ? "und" : raw.language(), raw.published(), null, raw.text(),
            List.of(), null, null, null);
      }
      String q = p.get("q");
      page(ctx, HtmlPages.layout(a.title() == null ? a.id() : a.title(), q,
          HtmlPages.article(a, story, matches(a.text(), q))));
    });
    app.get("/entities/{id}", ctx -> {
      params(ctx);
      String id = id(ctx);
      EntityRecord e = store.entity(id).orElseThrow(() -> ApiException.notFound("entity " + id));
      page(ctx, HtmlPages.layout(e.name(), "", HtmlPages.entity(e)));
    });
  }

  private void postArticles(Context ctx) throws Exception {
    Map<String, String> p = params(ctx, "wait");
    String extension = ArticleBodyParser.extensionFor(ctx.contentType());
    long declared = ctx.contentLength();
    if (declared > config.maxBodyBytes()) {
      throw ApiException.tooLarge(config.maxBodyBytes());
    }
    int wait = intParam(p, "wait", 0, 0, 600);
    IngestResult read = parser.parse(ctx.bodyInputStream(), extension, config.maxBodyBytes(),
        "POST /api/articles");
    if (read.articles().isEmpty()) {
      throw new ApiException(422, "no_articles", read.rejected().isEmpty()
          ? "the body holds no article"
          : "no article accepted: " + read.rejected().get(0).reason());
    }
    IngestReceipt receipt = ingest.ingest(read.articles());
    boolean analysed = wait > 0 && ingest.awaitAnalysed(Duration.ofSeconds(wait));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("added", receipt.added());
    body.put("updated", receipt.updated());
    body.put("unchanged", receipt.unchanged());
    body.put("rejected", read.rejected());
    body.put("analysed", analysed || !receipt.changedAnything());
    json(ctx, receipt.changedAnything() && !analysed ? 202 : 200, body);
  }

  record SearchResults(List<HtmlPages.ShownHit> stories, List<HtmlPages.ShownHit> articles) {}

  private SearchResults search(Map<String, String> p) {
    int limit = intParam(p, "limit", 20, 1, 200);
    for (String k : List.of("q", "entity", "speaker")) {
      if (p.get(k) != null && p.get(k).length() > MAX_QUERY_LENGTH) {
        throw ApiException.badRequest(k + " longer than " + MAX_QUERY_LENGTH + " characters");
      }
    }
    GermanSearchIndex.SearchQuery query =
        new GermanSearchIndex.SearchQuery(p.get("q"), p.get("entity"), p.get("speaker"), limit * 3);
    if (query.isEmpty()) {
      return new SearchResults(List.of(), List.of());
    }
    Map<String, HtmlPages.ShownHit> stories = new LinkedHashMap<>();
    List<HtmlPages.ShownHit> articles = new ArrayList<>();
    for (GermanSearchIndex.Hit h : index.search(query)) {
      if (h.kind().equals("story")) {
        if (stories.size() < limit) {
          store.story(h.id()).ifPresent(s ->
              stories.putIfAbsent(s.id(), new HtmlPages.ShownHit("story", s.id(), s.title(), s.id(), null)));
        }
      } else if (articles.size() < limit) {
        Optional<StoredArticle> a = store.article(h.id());
        if (a.isEmpty()) {
          continue;
        }
        String storyId = store.storyOfArticle(h.id()).orElse(null);
        articles.add(new HtmlPages.ShownHit("article", h.id(), a.get().article().title(), storyId,
            snippet(a.get().article().text(), p.get("q"))));
        if (storyId != null && stories.size() < limit && !stories.containsKey(storyId)) {
          store.story(storyId).ifPresent(s ->
              stories.put(s.id(), new HtmlPages.ShownHit("story", s.id(), s.title(), s.id(), null)));
        }
      }
    }
    return new SearchResults(List.copyOf(stories.values()), articles);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");
  private static final int MAX_HIGHLIGHT_CHARS = 200_000;

  /** Spans of words whose German analysis matches a query term. */
  private List<int[]> matches(String text, String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    Set<String> terms = Set.copyOf(index.textTerms(q));
    List<int[]> out = new ArrayList<>();
    if (terms.isEmpty()) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    m.region(0, Math.min(text.length(), MAX_HIGHLIGHT_CHARS));
    while (m.find()) {
      for (String t : index.textTerms(m.group())) {
        if (terms.contains(t)) {
          out.add(new int[] {m.start(), m.end()});
          break;
        }
      }
    }
    return out;
  }

  private String snippet(String text, String q) {
    List<int[]> hits = matches(text.length() > 20_000 ? text.substring(0, 20_000) : text, q);
    int at = hits.isEmpty() ? 0 : Math.max(0, hits.get(0)[0] - 80);
    int end = Math.min(text.length(), at + 240);
    return (at > 0 ? "…" : "") + text.substring(at, end).replaceAll("\\s+", " ").strip()
        + (end < text.length() ? "…" : "");
  }

  private StoredStory story(String id) {
    return store.story(id).orElseThrow(() -> ApiException.notFound("story " + id));
  }

  private Optional<DossierArticle> analysedArticle(String id) {
    return store.storyOfArticle(id).flatMap(store::story)
        .flatMap(s -> dossier(s).articles().stream().filter(a -> a.id().equals(id)).findFirst());
  }

  private static Dossier dossier(StoredStory s) {
    try {
      return new DossierJsonReader().read(
          new java.io.ByteArrayInputStream(s.json().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StoryFilter filter(Context ctx) {
    Map<String, String> p = params(ctx, "from", "to", "entity", "outlet", "limit", "offset");
    for (String k : List.of("from", "to")) {
      if (p.get(k) != null && !ISO_DATE.matcher(p.get(k)).matches()) {
        throw ApiException.badRequest(k + " must be a date like 2024-01-31, was '" + p.get(k) + "'");
      }
    }
    return new StoryFilter(p.get("from"), p.get("to"), p.get("entity"), p.get("outlet"),
        intParam(p, "limit", 50, 1, StoryFilter.MAX_LIMIT), intParam(p, "offset", 0, 0, 1_000_000));
  }

  /** The query parameters, refusing unknown names: a typo must not silently mean "no filter". */
  private static Map<String, String> params(Context ctx, String... allowed) {
    Set<String> names = Set.of(allowed);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!names.contains(e.getKey())) {
        throw ApiException.badRequest("unknown parameter '" + e.getKey() + "'"
            + (names.isEmpty() ? "; this address takes none" : "; known: " + String.join(", ", new java.util.TreeSet<>(names))));
      }
      String v = e.getValue().isEmpty() ? null : e.getValue().get(0);
      out.put(e.getKey(), v == null || v.isBlank() ? null : v.strip());
    }
    return out;
  }

  private static int intParam(Map<String, String> p, String name, int dflt, int min, int max) {
    String v = p.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be " + min + ".." + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, was '" + v + "'");
    }
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      throw ApiException.badRequest("id must be 1.." + MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  private static void json(Context ctx, int status, Object body) throws IOException {
    ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
  }

  private static void page(Context ctx, String html) {
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    ctx.status(200).contentType("text/html; charset=utf-8").result(html);
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      default -> "http_" + status;
    };
  }

  /** The one place where refusals become responses. */
  private static void fail(Context ctx, int status, String code, String message) {
    ctx.attribute("lagebild.failed", Boolean.TRUE);
    if (ctx.path().startsWith("/api/")) {
      ObjectNode error = JSON.createObjectNode();
      error.putObject("error").put("status", status).put("code", code).put("message", message);
      ctx.status(status).contentType("application/json").result(error.toString());
    } else {
      ctx.header("Content-Security-Policy", PAGE_POLICY);
      ctx.status(status).contentType("text/html; charset=utf-8").result(HtmlPages.error(status, message));
    }
  }
}
