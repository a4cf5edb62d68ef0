package org.lagebild.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Pipeline;
import org.lagebild.nlp.CoreNlpGermanAnalyzer;
import org.lagebild.nlp.OpenNlpLanguageDetector;
import org.lagebild.quotes.QuoteExtractor;
import org.lagebild.quotes.QuoteMention;
import org.lagebild.quotes.SpeakerRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores quote extraction against hand-labelled quotes in FANG-COVID articles (file
 * {@code eval/quotes/fang-covid-quotes.tsv}: article id, kind, offsets, speaker, cue, the quote's first words; the
 * texts are read from the corpus at run time). A prediction matches a gold quote of the same kind when
 * their spans overlap by at least half of the longer span; each gold quote matches at most once.
 * Speaker accuracy is over matched pairs: the gold speaker's last word occurs in the predicted name
 * (case and accents folded), or both have no speaker.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Precision and recall of direct and reported speech, and speaker accuracy, on"
        + " hand-labelled German news quotes.")
public final class EvalQuotesCommand implements Callable<Integer> {


  /** Label kind of a line that marks an article read and found to hold no quotes (only scare quotes, titles). */
  static final String NONE = "none";

  @Spec CommandSpec spec;

  @Option(
      names = "--labels",
      description = "labelled quotes (default: ${DEFAULT-VALUE}; see eval/quotes/README.md)",
      defaultValue = "eval/quotes/fang-covid-quotes.tsv")
  Path labels;

  @Option(
      names = "--fang",
      description = "FANG-COVID articles (.jsonl.gz). Default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz")
  Path fang;

  @Option(names = "--show-errors", description = "Print missed and spurious quotes.")
  boolean showErrors;

  @Option(
      names = "--speaker-cv",
      description = "Score the speaker model batch by batch, each batch with a model fitted on the other"
          + " batches only, beside the rules' speakers.")
  boolean speakerCv;

  @Option(
      names = "--write-speaker-model",
      paramLabel = "FILE",
      description = "Fit the speaker model on all labelled batches and write its weights to FILE (the shipped"
          + " model is lagebild-pipeline/src/main/resources/org/lagebild/quotes/speaker-model.tsv).")
  Path writeSpeakerModel;

  /** L2 penalty and passes of the speaker model's fit (fixed, not tuned per batch). */
  static final double SPEAKER_L2 = 0.01;
  static final int SPEAKER_EPOCHS = 30;

  @Option(
      names = "--include-sealed",
      description = "Score sealed batches too. A sealed batch is labelled but kept unseen: score it once, with the"
          + " rules and models frozen, then unseal it in the labels file (see eval/quotes/README.md).")
  boolean includeSealed;

  @Option(names = "--article", description = "Score only these article ids (repeatable), printing every quote found.")
  List<String> only;

  /** One labelled quote. */
  record Gold(String articleId, String kind, int start, int end, String speaker, String cue, String words,
      String batch, boolean sealed) {}

  /** Whether one prediction matched, and its speaker verdict; kept per article so batches can be scored apart. */
  record Outcome(String articleId, String kind, boolean matched, boolean speakerRight) {}

  /**
   * One article's quotes as the rules found them, for fitting and scoring the speaker model: the gold
   * speaker of each matched quote (null where unmatched).
   */
  record RankerArticle(String batch, SpeakerRanker.Context context, List<QuoteMention> quotes, String[] gold) {}

  /** Counts for one kind. */
  static final class Score {
    int gold;
    int predicted;
    int matched;

    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
    if (!Files.isRegularFile(labels)) {
      out.println("skipped: labels " + labels + " not found (run from the project root or use --labels PATH)");
      return 0;
    }
    List<Gold> labelled = readLabels(labels);
    List<Gold> gold = labelled.stream()
        .filter(g -> only == null || only.isEmpty() || only.contains(g.articleId()))
        .filter(g -> includeSealed || !g.sealed()).toList();
    if (!includeSealed) {
      Map<String, Set<String>> sealedArticles = new LinkedHashMap<>();
      Map<String, Integer> sealedQuotes = new HashMap<>();
      for (Gold g : labelled) {
        if (g.sealed()) {
          sealedArticles.computeIfAbsent(g.batch(), b -> new LinkedHashSet<>()).add(g.articleId());
          sealedQuotes.merge(g.batch(), NONE.equals(g.kind()) ? 0 : 1, Integer::sum);
        }
      }
      sealedArticles.forEach((batch, ids) -> out.printf(Locale.ROOT,
          "batch %s is sealed (%d labelled quotes in %d articles): not scored, and not used to fit the speaker"
              + " model; score it once with --include-sealed when the rules are frozen (eval/quotes/README.md)%n",
          batch, sealedQuotes.get(batch), ids.size()));
    }
    if (!Files.isRegularFile(fang)) {
      out.println("skipped: " + fang + " not found (use --fang PATH); " + gold.size() + " labels not scored");
      out.flush();
      return 0;
    }
    Set<String> ids = new LinkedHashSet<>();
    gold.forEach(g -> ids.add(g.articleId()));
    Map<String, Article> articles = readArticles(fang, ids);
    boolean ranking = speakerCv || writeSpeakerModel != null;
    if (writeSpeakerModel != null) {
      Path parent = writeSpeakerModel.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(writeSpeakerModel)) {
        out.println("cannot write the speaker model to " + writeSpeakerModel + ": no such directory");
        out.flush();
        return 2;
      }
    }
    Pipeline pipeline =
        Pipeline.of(new NoiseDetector(), new LanguageIdentifier(new OpenNlpLanguageDetector()),
            new LinguisticStage(List.of(new CoreNlpGermanAnalyzer())), new GermanEntityRefiner(),
            ranking ? new QuoteExtractor(SpeakerRanker.off()) : new QuoteExtractor());
    List<RankerArticle> rankerArticles = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, String> outletOf = new HashMap<>();
    Set<String> scored = new LinkedHashSet<>();
    for (String id : ids) {
      Article article = articles.get(id);
      if (article == null) {
        out.println("article " + id + " not in the corpus; its labels are skipped");
        continue;
      }
      scored.add(id);
      outletOf.put(id, article.outlet());
      AnnotatedDocument doc = pipeline.process(article);
      List<QuoteMention> predicted = doc.get(QuoteExtractor.QUOTES);
      List<Gold> goldHere = gold.stream().filter(g -> g.articleId().equals(id)).toList();
      if (only != null && !only.isEmpty()) {
        for (QuoteMention p : predicted) {
          out.printf("  found    %s %s %d-%d %s (%s) [%s]: %s%n", id, p.kind(), p.start(), p.end(),
              p.speaker() == null ? "-" : p.speaker().name(), p.speaker() == null ? "" : p.speaker().via(),
              p.cue() == null ? "-" : p.cue().of(article.text()), abbreviate(p.text()));
        }
      }
      boolean[] used = new boolean[goldHere.size()];
      String[] goldSpeakers = new String[predicted.size()];
      if (ranking && !goldHere.isEmpty()) {
        rankerArticles.add(new RankerArticle(goldHere.get(0).batch(), SpeakerRanker.Context.of(doc), predicted,
            goldSpeakers));
      }
      for (int pi = 0; pi < predicted.size(); pi++) {
        QuoteMention p = predicted.get(pi);
        int match = -1;
        for (int g = 0; g < goldHere.size(); g++) {
          Gold gq = goldHere.get(g);
          if (!used[g] && gq.kind().equals(p.kind()) && matches(gq.start(), gq.end(), p.start(), p.end())) {
            match = g;
            break;
          }
        }
        if (match < 0) {
          outcomes.add(new Outcome(id, p.kind(), false, false));
          if (showErrors) {
            out.printf("  spurious %s %s %s: %s%n", id, p.kind(), p.speaker() == null ? "-" : p.speaker().name(),
                abbreviate(p.text()));
          }
          continue;
        }
        used[match] = true;
        Gold gq = goldHere.get(match);
        goldSpeakers[pi] = gq.speaker();
        boolean right = speakerMatches(gq.speaker(), p.speaker() == null ? null : p.speaker().name());
        outcomes.add(new Outcome(id, p.kind(), true, right));
        if (!right && showErrors) {
          out.printf("  speaker  %s %s gold=%s predicted=%s: %s%n", id, p.kind(), gq.speaker(),
              p.speaker() == null ? "-" : p.speaker().name(), abbreviate(p.text()));
        }
      }
      for (int g = 0; g < goldHere.size(); g++) {
        if (!used[g] && showErrors && !NONE.equals(goldHere.get(g).kind())) {
          Gold gq = goldHere.get(g);
          out.printf("  missed   %s %s %s: %s%n", id, gq.kind(), gq.speaker(), gq.words());
        }
      }
    }
    out.println("match rule: same kind, spans overlap by >= 50% of the longer span");
    Set<String> batches = new LinkedHashSet<>();
    gold.forEach(g -> batches.add(g.batch()));
    if (batches.size() > 1) {
      for (String batch : batches) {
        report(out, "batch " + batch, gold.stream().filter(g -> g.batch().equals(batch)).toList(), outcomes,
            scored, outletOf);
      }
    }
    report(out, "all", gold, outcomes, scored, outletOf);
    if (speakerCv) {
      speakerCrossValidation(out, rankerArticles);
    }
    if (writeSpeakerModel != null) {
      List<SpeakerRanker.Example> all = examples(rankerArticles, null);
      SpeakerRanker model = SpeakerRanker.train(all, SPEAKER_L2, SPEAKER_EPOCHS);
      try (var writer = Files.newBufferedWriter(writeSpeakerModel, StandardCharsets.UTF_8)) {
        SpeakerRanker.write(model.weights(), writer, "Lagebild speaker model: feature weights fitted by `lagebild"
            + " eval quotes --write-speaker-model` on " + all.size()
            + " matched quotes of " + labels.getFileName() + " (L2 " + SPEAKER_L2 + ", " + SPEAKER_EPOCHS
            + " passes). See eval/quotes/README.md.");
      }
      out.println("speaker model with " + model.weights().size() + " weights written to " + writeSpeakerModel);
    } else if (!ranking) {
      out.println("speakers: rules, then the shipped speaker model, which was fitted on these batches"
          + " (out-of-batch figures: --speaker-cv)");
    }
    out.println("goals: direct P and R >= 0.95; reported R >= 0.75 at P >= 0.85; speaker >= 0.90");
    out.flush();
    return 0;
  }

  private static void report(PrintWriter out, String title, List<Gold> gold, List<Outcome> outcomes,
      Set<String> scored, Map<String, String> outletOf) {
    Set<String> ids = new LinkedHashSet<>();
    gold.stream().map(Gold::articleId).filter(scored::contains).forEach(ids::add);
    Set<String> outlets = new LinkedHashSet<>();
    ids.forEach(id -> outlets.add(outletOf.get(id)));
    Map<String, Score> scores = new HashMap<>();
    scores.put(QuoteMention.DIRECT, new Score());
    scores.put(QuoteMention.INDIRECT, new Score());
    gold.stream().filter(g -> ids.contains(g.articleId()) && scores.containsKey(g.kind()))
        .forEach(g -> scores.get(g.kind()).gold++);
    int pairs = 0;
    int right = 0;
    for (Outcome o : outcomes) {
      if (!ids.contains(o.articleId())) {
        continue;
      }
      Score s = scores.get(o.kind());
      s.predicted++;
      if (o.matched()) {
        s.matched++;
        pairs++;
        right += o.speakerRight() ? 1 : 0;
      }
    }
    long labelled = gold.stream().filter(g -> ids.contains(g.articleId()) && !NONE.equals(g.kind())).count();
    out.printf(Locale.ROOT, "%s: %d labelled quotes in %d articles from %d outlets %s%n", title, labelled,
        ids.size(), outlets.size(), outlets);
    out.printf(Locale.ROOT, "  %-9s %6s %6s %6s %10s %8s%n", "kind", "gold", "pred", "match", "precision", "recall");
    for (String kind : List.of(QuoteMention.DIRECT, QuoteMention.INDIRECT)) {
      Score s = scores.get(kind);
      out.printf(Locale.ROOT, "  %-9s %6d %6d %6d %10.3f %8.3f%n", kind, s.gold, s.predicted, s.matched,
          s.precision(), s.recall());
    }
    out.printf(Locale.ROOT, "  speaker accuracy on matched quotes: %.3f (%d of %d)%n",
        pairs == 0 ? 0.0 : (double) right / pairs, right, pairs);
  }

  /** Training examples of these articles (teacher forcing: the previous speaker is the labelled one). */
  private static List<SpeakerRanker.Example> examples(List<RankerArticle> articles, String leftOut) {
    List<SpeakerRanker.Example> examples = new ArrayList<>();
    for (RankerArticle a : articles) {
      if (a.batch().equals(leftOut)) {
        continue;
      }
      for (int i = 0; i < a.quotes().size(); i++) {
        if (a.gold()[i] == null) {
          continue;
        }
        String previous = null;
        if (i > 0) {
          QuoteMention.Speaker before = a.quotes().get(i - 1).speaker();
          previous = a.gold()[i - 1] != null && !"-".equals(a.gold()[i - 1]) ? a.gold()[i - 1]
              : before == null ? null : before.name();
        }
        List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(a.context(), a.quotes(), i, previous);
        boolean[] positive = new boolean[cands.size()];
        boolean any = false;
        int none = -1;
        for (int c = 0; c < cands.size(); c++) {
          positive[c] = speakerMatches(a.gold()[i], cands.get(c).name());
          any |= positive[c];
          none = cands.get(c).name() == null ? c : none;
        }
        if (!any && none >= 0) {
          // Better no speaker than a wrong one: where nobody named nearby said it, "nobody" is right.
          positive[none] = true;
        }
        examples.add(new SpeakerRanker.Example(cands, positive));
      }
    }
    return examples;
  }

  /**
   * Speaker accuracy per batch of the rules and of a model fitted without that batch; the reachable
   * share is how many matched quotes have their labelled speaker among the candidates at all.
   */
  private void speakerCrossValidation(PrintWriter out, List<RankerArticle> articles) {
    Set<String> batches = new LinkedHashSet<>();
    articles.forEach(a -> batches.add(a.batch()));
    out.println("speaker model, each batch scored with a model fitted on the other batches:");
    out.printf(Locale.ROOT, "  %-10s %7s %10s %10s %10s%n", "batch", "quotes", "rules", "model", "reachable");
    int allPairs = 0;
    int allRules = 0;
    int allModel = 0;
    int allReach = 0;
    for (String batch : batches) {
      SpeakerRanker model = SpeakerRanker.train(examples(articles, batch), SPEAKER_L2, SPEAKER_EPOCHS);
      int pairs = 0;
      int rules = 0;
      int ranked = 0;
      int reach = 0;
      for (RankerArticle a : articles) {
        if (!a.batch().equals(batch)) {
          continue;
        }
        List<QuoteMention> reranked = model.rerank(a.context(), a.quotes());
        for (int i = 0; i < a.quotes().size(); i++) {
          String g = a.gold()[i];
          if (g == null) {
            continue;
          }
          pairs++;
          QuoteMention.Speaker r = a.quotes().get(i).speaker();
          QuoteMention.Speaker m = reranked.get(i).speaker();
          rules += speakerMatches(g, r == null ? null : r.name()) ? 1 : 0;
          ranked += speakerMatches(g, m == null ? null : m.name()) ? 1 : 0;
          boolean ruleRight = speakerMatches(g, r == null ? null : r.name());
          boolean modelRight = speakerMatches(g, m == null ? null : m.name());
          if (showErrors && !(ruleRight && modelRight)) {
            out.printf("  %s %s %s gold=%s rules=%s (%s) model=%s: %s%n",
                ruleRight ? "broken" : modelRight ? "fixed " : "wrong ", batch,
                a.quotes().get(i).kind(), g, r == null ? "-" : r.name(), r == null ? "-" : r.via(),
                m == null ? "-" : m.name(),
                abbreviate(a.quotes().get(i).text()));
          }
          for (SpeakerRanker.Candidate c : SpeakerRanker.candidates(a.context(), a.quotes(), i, null)) {
            if (speakerMatches(g, c.name())) {
              reach++;
              break;
            }
          }
        }
      }
      out.printf(Locale.ROOT, "  %-10s %7d %10.3f %10.3f %10.3f%n", batch, pairs, ratio(rules, pairs),
          ratio(ranked, pairs), ratio(reach, pairs));
      allPairs += pairs;
      allRules += rules;
      allModel += ranked;
      allReach += reach;
    }
    out.printf(Locale.ROOT, "  %-10s %7d %10.3f %10.3f %10.3f%n", "all", allPairs, ratio(allRules, allPairs),
        ratio(allModel, allPairs), ratio(allReach, allPairs));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static boolean matches(int gs, int ge, int ps, int pe) {
    int overlap = Math.min(ge, pe) - Math.max(gs, ps);
    return overlap > 0 && overlap * 2 >= Math.max(ge - gs, pe - ps);
  }

  static boolean speakerMatches(String gold, String predicted) {
    if (gold == null || gold.equals("-")) {
      return predicted == null;
    }
    if (predicted == null) {
      return false;
    }
    String[] words = fold(gold).split(" ");
    String last = words[words.length - 1];
    String p = " " + fold(predicted) + " ";
    if (p.contains(" " + last + " ") || p.contains(" " + last)) {
      return true;
    }
    String[] pw = fold(predicted).split(" ");
    return (" " + fold(gold) + " ").contains(" " + pw[pw.length - 1])
        || abbreviates(gold, predicted) || abbreviates(predicted, gold);
  }

  /**
   * Whether {@code shortForm} is an acronym of {@code longForm}: two to six capitals that are the initials of
   * the long form's capitalised words ("DFL" for "Deutsche Fußball Liga"). The same body, named two ways.
   */
  static boolean abbreviates(String shortForm, String longForm) {
    String s = shortForm.strip();
    if (!s.matches("\\p{Lu}{2,6}")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : longForm.strip().split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(s);
  }

  private static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String abbreviate(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= 70 ? flat : flat.substring(0, 70) + "…";
  }

  static List<Gold> readLabels(Path file) throws IOException {
    List<Gold> gold = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String batch = "first";
      boolean sealed = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("# batch:")) {
          String named = line.substring("# batch:".length()).strip();
          int paren = named.indexOf(" (");
          batch = paren < 0 ? named : named.substring(0, paren);
          sealed = paren >= 0 && named.substring(paren + 2).startsWith("sealed");
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 7) {
          throw new IllegalStateException("label line needs 7 tab-separated fields: " + line);
        }
        gold.add(new Gold(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[6], batch,
            sealed));
      }
    }
    return gold;
  }

  private static Map<String, Article> readArticles(Path path, Set<String> ids) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Article> found = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null && found.size() < ids.size(); line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        String id = node.path("id").asText();
        if (ids.contains(id)) {
          found.put(id, new Article(id, path + "#" + id, node.path("title").asText(null),
              node.path("outlet").asText(null), node.path("url").asText(null), "de",
              node.path("published").asText(null), null, node.path("text").asText("")));
        }
      }
    }
    return found;
  }
}
