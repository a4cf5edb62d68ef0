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
import org.lagebild.model.Span;
import org.lagebild.nlp.CoreNlpGermanAnalyzer;
import org.lagebild.nlp.OpenNlpLanguageDetector;
import org.lagebild.quotes.QuoteExtractor;
import org.lagebild.quotes.QuoteMention;
import org.lagebild.quotes.ReportContinuation;
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
      names = "--continuation-cv",
      description = "Score the report continuation model batch by batch (reported P/R of the rules and speaker"
          + " model alone beside the same with the model fitted on the other batches, threshold chosen on them).")
  boolean continuationCv;

  @Option(
      names = "--write-continuation-model",
      paramLabel = "FILE",
      description = "Fit the report continuation model on all labelled batches and write its weights, the"
          + " threshold chosen by cross-validation and whether it is on to FILE (the shipped model is"
          + " lagebild-pipeline/src/main/resources/org/lagebild/quotes/continuation-model.tsv).")
  Path writeContinuationModel;

  /** L2 penalty and passes of the continuation model's fit (fixed, not tuned per batch). */
  static final double CONTINUATION_L2 = 0.01;
  static final int CONTINUATION_EPOCHS = 30;
  /** The probability thresholds the cross-validation chooses among. */
  static final double[] CONTINUATION_THRESHOLDS =
      {0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

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

  /**
   * One article for fitting and scoring the continuation model: the quotes of the rules and speaker model, the
   * labelled reported spans ({start, end}), and the candidate sentences with their labels.
   */
  record ContinuationArticle(String batch, ReportContinuation.Context context, List<QuoteMention> quotes,
      List<int[]> goldIndirect, List<ReportContinuation.Candidate> candidates, boolean[] positive) {}

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
    boolean continuing = continuationCv || writeContinuationModel != null;
    if (writeContinuationModel != null) {
      Path parent = writeContinuationModel.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(writeContinuationModel)) {
        out.println("cannot write the continuation model to " + writeContinuationModel + ": no such directory");
        out.flush();
        return 2;
      }
    }
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
            ranking ? new QuoteExtractor(SpeakerRanker.off())
                : continuing ? new QuoteExtractor(SpeakerRanker.standard(), ReportContinuation.off())
                : new QuoteExtractor());
    if (continuing && !ranking) {
      out.println("scored below: rules and speaker model, without the continuation model");
    }
    List<RankerArticle> rankerArticles = new ArrayList<>();
    List<ContinuationArticle> continuationArticles = new ArrayList<>();
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
      if (continuing && !goldHere.isEmpty()) {
        continuationArticles.add(continuationArticle(goldHere, ReportContinuation.Context.of(doc), predicted));
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
    if (continuing) {
      continuationCrossValidation(out, continuationArticles);
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
    } else if (!ranking && !continuing) {
      out.println("speakers: rules, then the shipped speaker model, which was fitted on these batches"
          + " (out-of-batch figures: --speaker-cv)");
      if (ReportContinuation.standard().active()) {
        out.println("reported: rules, then the shipped continuation model, fitted on these batches too"
            + " (out-of-batch figures: --continuation-cv)");
      }
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

  /** The article's candidate sentences, labelled: a reported quote the rules missed overlaps the sentence. */
  static ContinuationArticle continuationArticle(List<Gold> goldHere, ReportContinuation.Context context,
      List<QuoteMention> predicted) {
    List<int[]> goldIndirect = new ArrayList<>();
    for (Gold g : goldHere) {
      if (QuoteMention.INDIRECT.equals(g.kind())) {
        goldIndirect.add(new int[] {g.start(), g.end()});
      }
    }
    boolean[] matchedByRules = matchIndirect(goldIndirect, predicted).used();
    List<ReportContinuation.Candidate> candidates = ReportContinuation.candidates(context, predicted);
    boolean[] positive = new boolean[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      Span span = candidates.get(c).span();
      for (int g = 0; g < goldIndirect.size(); g++) {
        if (!matchedByRules[g] && matches(goldIndirect.get(g)[0], goldIndirect.get(g)[1], span.start(), span.end())) {
          positive[c] = true;
        }
      }
    }
    return new ContinuationArticle(goldHere.get(0).batch(), context, predicted, goldIndirect, candidates, positive);
  }

  /** Reported quotes predicted and matched, and which labelled ones were matched (the scorer's greedy rule). */
  record IndirectMatch(int predicted, int matched, boolean[] used) {}

  static IndirectMatch matchIndirect(List<int[]> goldIndirect, List<QuoteMention> predicted) {
    boolean[] used = new boolean[goldIndirect.size()];
    int pred = 0;
    int matched = 0;
    for (QuoteMention p : predicted) {
      if (!QuoteMention.INDIRECT.equals(p.kind())) {
        continue;
      }
      pred++;
      for (int g = 0; g < goldIndirect.size(); g++) {
        if (!used[g] && matches(goldIndirect.get(g)[0], goldIndirect.get(g)[1], p.start(), p.end())) {
          used[g] = true;
          matched++;
          break;
        }
      }
    }
    return new IndirectMatch(pred, matched, used);
  }

  private static List<ReportContinuation.Example> continuationExamples(List<ContinuationArticle> articles,
      Set<String> leftOut) {
    List<ReportContinuation.Example> examples = new ArrayList<>();
    for (ContinuationArticle a : articles) {
      if (leftOut.contains(a.batch())) {
        continue;
      }
      for (int c = 0; c < a.candidates().size(); c++) {
        examples.add(new ReportContinuation.Example(a.candidates().get(c).features(), a.positive()[c]));
      }
    }
    return examples;
  }

  /** Gold, predicted and matched reported quotes of some articles: the rules' (index 0) and per threshold. */
  static final class Counts {
    int gold;
    final int[] predicted = new int[CONTINUATION_THRESHOLDS.length + 1];
    final int[] matched = new int[CONTINUATION_THRESHOLDS.length + 1];

    void add(Counts o) {
      gold += o.gold;
      for (int i = 0; i < predicted.length; i++) {
        predicted[i] += o.predicted[i];
        matched[i] += o.matched[i];
      }
    }

    double precision(int i) {
      return ratio(matched[i], predicted[i]);
    }

    double recall(int i) {
      return ratio(matched[i], gold);
    }
  }

  /** Reported counts of one batch's articles with the rules alone and with this model at each threshold. */
  private static Counts continuationCounts(List<ContinuationArticle> articles, String batch,
      ReportContinuation model) {
    Counts counts = new Counts();
    for (ContinuationArticle a : articles) {
      if (!a.batch().equals(batch)) {
        continue;
      }
      counts.gold += a.goldIndirect().size();
      IndirectMatch rules = matchIndirect(a.goldIndirect(), a.quotes());
      counts.predicted[0] += rules.predicted();
      counts.matched[0] += rules.matched();
      for (int t = 0; t < CONTINUATION_THRESHOLDS.length; t++) {
        IndirectMatch m = matchIndirect(a.goldIndirect(),
            model.extend(a.context(), a.quotes(), CONTINUATION_THRESHOLDS[t]));
        counts.predicted[t + 1] += m.predicted();
        counts.matched[t + 1] += m.matched();
      }
    }
    return counts;
  }

  /**
   * The threshold index (1-based into the counts) with the most matched reports whose precision is not below the
   * rules' precision, the higher threshold on a tie; 0 when no threshold gains a report.
   */
  static int chooseThreshold(Counts pooled) {
    int best = 0;
    for (int t = 1; t < pooled.predicted.length; t++) {
      if (pooled.precision(t) >= pooled.precision(0) && pooled.matched[t] > pooled.matched[best]
          || best > 0 && pooled.matched[t] == pooled.matched[best] && pooled.precision(t) >= pooled.precision(0)) {
        best = t;
      }
    }
    return best;
  }

  /**
   * Reported P/R per batch of the rules (and speaker model) beside the same with the continuation model fitted
   * on the other batches, its threshold chosen by a leave-one-batch-out run within those other batches (nested,
   * so the scored batch chooses nothing); then the pooled figures per threshold of the plain leave-one-batch-out
   * run, from which the shipped threshold is chosen. Writes the model when asked.
   */
  private void continuationCrossValidation(PrintWriter out, List<ContinuationArticle> articles) throws IOException {
    List<String> batches = new ArrayList<>();
    for (ContinuationArticle a : articles) {
      if (!batches.contains(a.batch())) {
        batches.add(a.batch());
      }
    }
    // counts[i][j]: batch j scored with a model fitted without batches i and j (i == j: without j alone).
    Counts[][] counts = new Counts[batches.size()][batches.size()];
    for (int i = 0; i < batches.size(); i++) {
      for (int j = i; j < batches.size(); j++) {
        ReportContinuation model = ReportContinuation.train(
            continuationExamples(articles, Set.copyOf(List.of(batches.get(i), batches.get(j)))), CONTINUATION_L2,
            CONTINUATION_EPOCHS, ReportContinuation.DEFAULT_THRESHOLD);
        counts[i][j] = continuationCounts(articles, batches.get(j), model);
        if (i != j) {
          counts[j][i] = continuationCounts(articles, batches.get(i), model);
        }
      }
    }
    int positives = 0;
    int candidates = 0;
    for (ContinuationArticle a : articles) {
      candidates += a.candidates().size();
      for (boolean p : a.positive()) {
        positives += p ? 1 : 0;
      }
    }
    out.printf(Locale.ROOT, "continuation model: %d candidate sentences, %d of them a reported quote the rules"
        + " missed%n", candidates, positives);
    out.println("each batch scored with a model fitted on the other batches, threshold chosen on those batches'"
        + " own leave-one-batch-out run:");
    out.printf(Locale.ROOT, "  %-10s %5s %8s %8s %9s %8s %8s %6s %6s%n", "batch", "gold", "rules P", "rules R",
        "threshold", "model P", "model R", "added", "right");
    Counts nested = new Counts();
    int nestedRulesPred = 0;
    int nestedRulesMatched = 0;
    int nestedPred = 0;
    int nestedMatched = 0;
    for (int j = 0; j < batches.size(); j++) {
      Counts inner = new Counts();
      for (int i = 0; i < batches.size(); i++) {
        if (i != j) {
          inner.add(counts[j][i]);
        }
      }
      int t = chooseThreshold(inner);
      Counts c = counts[j][j];
      out.printf(Locale.ROOT, "  %-10s %5d %8.3f %8.3f %9s %8.3f %8.3f %6d %6d%n", batches.get(j), c.gold,
          c.precision(0), c.recall(0), t == 0 ? "off" : String.format(Locale.ROOT, "%.2f",
              CONTINUATION_THRESHOLDS[t - 1]), c.precision(t), c.recall(t), c.predicted[t] - c.predicted[0],
          c.matched[t] - c.matched[0]);
      nested.gold += c.gold;
      nestedRulesPred += c.predicted[0];
      nestedRulesMatched += c.matched[0];
      nestedPred += c.predicted[t];
      nestedMatched += c.matched[t];
    }
    out.printf(Locale.ROOT, "  %-10s %5d %8.3f %8.3f %9s %8.3f %8.3f %6d %6d%n", "all", nested.gold,
        ratio(nestedRulesMatched, nestedRulesPred), ratio(nestedRulesMatched, nested.gold), "",
        ratio(nestedMatched, nestedPred), ratio(nestedMatched, nested.gold), nestedPred - nestedRulesPred,
        nestedMatched - nestedRulesMatched);
    Counts pooled = new Counts();
    for (int j = 0; j < batches.size(); j++) {
      pooled.add(counts[j][j]);
    }
    out.println("all batches, each with a model fitted on the others, per threshold:");
    out.printf(Locale.ROOT, "  %-9s %8s %8s %6s %6s%n", "threshold", "P", "R", "added", "right");
    out.printf(Locale.ROOT, "  %-9s %8.3f %8.3f %6d %6d%n", "rules", pooled.precision(0), pooled.recall(0), 0, 0);
    for (int t = 1; t <= CONTINUATION_THRESHOLDS.length; t++) {
      out.printf(Locale.ROOT, "  %-9.2f %8.3f %8.3f %6d %6d%n", CONTINUATION_THRESHOLDS[t - 1], pooled.precision(t),
          pooled.recall(t), pooled.predicted[t] - pooled.predicted[0], pooled.matched[t] - pooled.matched[0]);
    }
    int chosen = chooseThreshold(pooled);
    boolean gain = nestedMatched > nestedRulesMatched
        && ratio(nestedMatched, nestedPred) >= ratio(nestedRulesMatched, nestedRulesPred) && chosen > 0;
    double threshold = chosen == 0 ? ReportContinuation.DEFAULT_THRESHOLD : CONTINUATION_THRESHOLDS[chosen - 1];
    out.printf(Locale.ROOT, "continuation threshold chosen on all batches: %s; nested figures %s reported recall"
        + " at no loss of precision: model %s%n", chosen == 0 ? "none" : String.format(Locale.ROOT, "%.2f", threshold),
        gain ? "raise" : "do not raise", gain ? "on" : "off");
    if (writeContinuationModel != null) {
      List<ReportContinuation.Example> all = continuationExamples(articles, Set.of());
      ReportContinuation model = ReportContinuation.train(all, CONTINUATION_L2, CONTINUATION_EPOCHS, threshold);
      try (var writer = Files.newBufferedWriter(writeContinuationModel, StandardCharsets.UTF_8)) {
        ReportContinuation.write(model.weights(), threshold, gain, writer, "Lagebild report continuation model:"
            + " feature weights fitted by `lagebild eval quotes --write-continuation-model` on " + all.size()
            + " candidate sentences of " + labels.getFileName() + " (L2 " + CONTINUATION_L2 + ", "
            + CONTINUATION_EPOCHS + " passes); threshold chosen by leave-one-batch-out cross-validation; @enabled 1"
            + " only where the nested cross-validation raised reported recall without lowering precision. See"
            + " eval/quotes/README.md.");
      }
      out.println("continuation model with " + model.weights().size() + " weights (" + (gain ? "on" : "off")
          + ") written to " + writeContinuationModel);
    }
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
