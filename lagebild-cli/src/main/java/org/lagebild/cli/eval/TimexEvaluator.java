package org.lagebild.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lagebild.time.GermanTimexTagger;
import org.lagebild.time.TimexDocumentType;
import org.lagebild.time.TimexNormalizer;
import org.lagebild.time.TimexNormalizer.Normalized;

/**
 * Scores the temporal tagger as TempEval and the HeidelTime papers do: extraction precision, recall
 * and F1 with lenient (overlapping) and strict (exact) spans, value accuracy over the leniently
 * matched expressions, and extraction+value F1 (a match counts only with the right value).
 */
public final class TimexEvaluator {

  private TimexEvaluator() {}

  /** One annotated expression: character offsets into its document's text. */
  public record GoldTimex(int start, int end, String text, String value) {}

  /**
   * A document with its text, reference date, kind and gold expressions; only system expressions
   * inside {@code [regionStart, regionEnd)} are scored (the labelled part of the text).
   */
  public record GoldDocument(
      String id, String text, LocalDate reference, TimexDocumentType type, List<GoldTimex> timexes,
      int regionStart, int regionEnd) {

    public GoldDocument(String id, String text, LocalDate reference, TimexDocumentType type, List<GoldTimex> timexes) {
      this(id, text, reference, type, timexes, 0, text.length());
    }
  }

  /** What one system expression or gold expression was matched with, for error listings. */
  public record Pair(String documentId, GoldTimex gold, Normalized system) {}

  /** Counts over a corpus. */
  public record Scores(
      int gold, int system, int lenient, int strict, int valueLenient, int valueStrict,
      List<Pair> errors) {

    public double precision(int hits) {
      return system == 0 ? 0 : (double) hits / system;
    }

    public double recall(int hits) {
      return gold == 0 ? 0 : (double) hits / gold;
    }

    public double f1(int hits) {
      double p = precision(hits);
      double r = recall(hits);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of leniently matched expressions with the right value. */
    public double valueAccuracy() {
      return lenient == 0 ? 0 : (double) valueLenient / lenient;
    }
  }

  private static final Pattern TIMEX2 =
      Pattern.compile("<TIMEX2([^>]*)>(.*?)</TIMEX2>", Pattern.DOTALL);
  private static final Pattern VAL = Pattern.compile("\\bval=\"([^\"]*)\"");
  private static final Pattern DATETIME = Pattern.compile("<DATETIME>.*?(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

  /**
   * The WikiWarsDE documents of {@code keyinline/}: the text between {@code <TEXT>} and {@code
   * </TEXT>} with its inline TIMEX2 tags removed (the creation time in the header is metadata, not
   * text, and is not scored).
   */
  public static List<GoldDocument> readWikiWars(Path corpus) throws IOException {
    Path dir = Files.isDirectory(corpus.resolve("keyinline")) ? corpus.resolve("keyinline") : corpus;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path file : files) {
      String xml = Files.readString(file, StandardCharsets.UTF_8);
      Matcher dct = DATETIME.matcher(xml);
      LocalDate reference = dct.find() ? LocalDate.parse(dct.group(1)) : null;
      int from = xml.indexOf("<TEXT>");
      int to = xml.lastIndexOf("</TEXT>");
      if (from < 0 || to < from) {
        continue;
      }
      String inline = xml.substring(from + "<TEXT>".length(), to);
      StringBuilder text = new StringBuilder(inline.length());
      List<GoldTimex> gold = new ArrayList<>();
      Matcher m = TIMEX2.matcher(inline);
      int last = 0;
      while (m.find()) {
        text.append(inline, last, m.start());
        int start = text.length();
        text.append(m.group(2));
        Matcher v = VAL.matcher(m.group(1));
        gold.add(new GoldTimex(start, text.length(), m.group(2), v.find() ? v.group(1) : null));
        last = m.end();
      }
      text.append(inline.substring(last));
      String id = file.getFileName().toString().replaceFirst("\\.key\\.xml$", "");
      docs.add(new GoldDocument(id, text.toString(), reference, TimexDocumentType.NARRATIVE, gold));
    }
    return docs;
  }

  /**
   * News labels: a TSV of {@code articleId, start, end, text, value} (header and {@code #} lines
   * skipped) over articles of a JSON Lines corpus, whose texts and publication dates are read from
   * it. A label whose text no longer matches the corpus is reported and dropped.
   */
  public static List<GoldDocument> readNewsLabels(Path labels, Path corpus, List<String> problems)
      throws IOException {
    Map<String, List<String[]>> byArticle = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("articleId\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        problems.add("malformed label line: " + line);
        continue;
      }
      if (!byArticle.containsKey(f[0])) {
        order.add(f[0]);
      }
      byArticle.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    Map<String, JsonNode> articles = readArticles(corpus, new HashSet<>(order));
    List<GoldDocument> docs = new ArrayList<>();
    for (String id : order) {
      JsonNode a = articles.get(id);
      if (a == null) {
        problems.add("article " + id + " not in " + corpus);
        continue;
      }
      String text = a.path("text").asText("");
      String published = a.path("published").asText("");
      LocalDate reference = published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null;
      List<GoldTimex> gold = new ArrayList<>();
      int regionStart = 0;
      int regionEnd = text.length();
      for (String[] f : byArticle.get(id)) {
        int start = Integer.parseInt(f[1]);
        int end = Integer.parseInt(f[2]);
        if (f[4].equals("REGION")) {
          regionStart = Math.max(0, start);
          regionEnd = Math.min(text.length(), end);
          continue;
        }
        if (end > text.length() || start < 0 || start >= end || !text.substring(start, end).equals(f[3])) {
          problems.add("label " + id + " " + start + "-" + end + " '" + f[3] + "' does not match the text");
          continue;
        }
        gold.add(new GoldTimex(start, end, f[3], f[4]));
      }
      docs.add(new GoldDocument(id, text, reference, TimexDocumentType.NEWS, gold, regionStart, regionEnd));
    }
    return docs;
  }

  private static Map<String, JsonNode> readArticles(Path corpus, Set<String> ids) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> found = new HashMap<>();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && found.size() < ids.size()) {
        int idAt = line.indexOf("\"id\"");
        if (idAt < 0) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String id = node.path("id").asText();
        if (ids.contains(id)) {
          found.put(id, node);
        }
      }
    }
    return found;
  }

  /** Tags and normalises every document and counts matches against its gold expressions. */
  public static Scores evaluate(List<GoldDocument> docs) {
    int gold = 0;
    int system = 0;
    int lenient = 0;
    int strict = 0;
    int valueLenient = 0;
    int valueStrict = 0;
    List<Pair> errors = new ArrayList<>();
    for (GoldDocument doc : docs) {
      List<Normalized> found =
          TimexNormalizer.normalize(GermanTimexTagger.tag(doc.text()), doc.type(), doc.reference()).stream()
              .filter(n -> n.candidate().start() >= doc.regionStart() && n.candidate().end() <= doc.regionEnd())
              .toList();
      gold += doc.timexes().size();
      system += found.size();
      boolean[] used = new boolean[found.size()];
      for (GoldTimex g : doc.timexes()) {
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
          Normalized n = found.get(i);
          if (!used[i] && n.candidate().start() < g.end() && g.start() < n.candidate().end()) {
            if (best < 0 || (n.candidate().start() == g.start() && n.candidate().end() == g.end())) {
              best = i;
            }
          }
        }
        if (best < 0) {
          errors.add(new Pair(doc.id(), g, null));
          continue;
        }
        used[best] = true;
        Normalized n = found.get(best);
        boolean exact = n.candidate().start() == g.start() && n.candidate().end() == g.end();
        boolean right = g.value() != null && g.value().equals(n.value());
        lenient++;
        strict += exact ? 1 : 0;
        valueLenient += right ? 1 : 0;
        valueStrict += right && exact ? 1 : 0;
        if (!right || !exact) {
          errors.add(new Pair(doc.id(), g, n));
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          errors.add(new Pair(doc.id(), null, found.get(i)));
        }
      }
    }
    return new Scores(gold, system, lenient, strict, valueLenient, valueStrict, errors);
  }
}
