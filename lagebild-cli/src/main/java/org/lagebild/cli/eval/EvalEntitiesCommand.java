package org.lagebild.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.lagebild.cli.StandardPipeline;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.entities.EntityCanonicalizer;
import org.lagebild.geo.PlaceSection;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.DossierJob;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.stories.StoryGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./lagebild eval entities [LABELS]}: runs the analyze pipeline on the labelled articles,
 * builds each story's entities with {@link EntityCanonicalizer} (as {@code analyze} does) and scores
 * them against the gold entities: mention detection P/R/F1 by exact span and B-cubed of mentions to
 * entities, for the tuning part, the held-out part and both. By default the stories are the gold
 * stories, so that clustering errors (measured by {@code eval stories}) do not blur the entity
 * figures; {@code --cluster} groups the articles with the story clusterer as {@code analyze} does.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-document entities against our labelled FANG-COVID sample: mention detection P/R/F1"
          + " and B-cubed P/R/F1 of mentions to entities, tuning part / held-out part / all,"
          + " beside the baseline that groups identical names only.",
      "LABELS is TSV: article, start, end, text, type, entity, story, part (eval/entities/README.md).",
      "Example:  ./lagebild eval entities --verbose"
    })
public final class EvalEntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "LABELS",
      defaultValue = "eval/entities/labels.tsv",
      description = "gold mentions (default: ${DEFAULT-VALUE})")
  Path labels;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz",
      description = "the articles (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--cluster",
      description = "group the articles into stories with the story clusterer (as analyze does)"
          + " instead of using the gold stories")
  boolean cluster;

  @Option(names = "--part", paramLabel = "PART",
      description = "score only this part (tuning, held-out); default: each part and all")
  String part;

  @Option(names = {"-v", "--verbose"},
      description = "list the grouping errors (merged and split entities) and missed mentions")
  boolean verbose;

  @Option(names = "--entities", description = "print the system's entities of every story")
  boolean listEntities;

  @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: all cores)")
  Integer threads;

  /** One labelled mention. */
  record GoldMention(String articleId, int start, int end, String text, String type,
      String entity, String story, String part) {}

  private final Map<String, EntityClusterScorer.Scores> results = new LinkedHashMap<>();

  /** The scores of the last run, by row name (for tests). */
  Map<String, EntityClusterScorer.Scores> results() {
    return results;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(labels)) {
      err.println("labels not found: " + labels);
      return 2;
    }
    if (!Files.exists(corpus)) {
      out.println("corpus not found: " + corpus + " (see ../shared/data/README.md); skipped.");
      return 0;
    }
    List<GoldMention> gold = read(labels);
    if (part != null) {
      gold = gold.stream().filter(g -> g.part().equals(part)).toList();
      if (gold.isEmpty()) {
        err.println("no labels of part '" + part + "' in " + labels);
        return 2;
      }
    }
    Map<String, List<String>> goldStories = new LinkedHashMap<>();
    for (GoldMention g : gold) {
      List<String> ids = goldStories.computeIfAbsent(g.story(), k -> new ArrayList<>());
      if (!ids.contains(g.articleId())) {
        ids.add(g.articleId());
      }
    }
    Set<String> wanted = new LinkedHashSet<>();
    goldStories.values().forEach(wanted::addAll);
    List<AnnotatedDocument> docs = analyse(wanted, err);
    Map<String, AnnotatedDocument> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    int mismatched = checkOffsets(gold, byId, err);
    if (mismatched > 0) {
      err.printf(Locale.ROOT, "%d labels do not match the corpus text at their offsets"
          + " (another corpus version?); they are scored as they are%n", mismatched);
    }

    List<StoryGroup> groups = cluster ? DossierJob.groupStories(docs) : goldGroups(goldStories, byId);
    EntityCanonicalizer canonicalizer = new EntityCanonicalizer();
    PlaceSection places = new PlaceSection();
    // As in ./lagebild analyze: the canonical entities, then names of one located place merged.
    List<EntityClusterScorer.Mention> system = systemMentions(groups, byId,
        members -> places.fill(
                Story.of("eval", "", members.stream().map(AnnotatedDocument::id).toList(),
                    canonicalizer.canonicalize(members)),
                members)
            .entities());
    List<EntityClusterScorer.Mention> baseline = systemMentions(groups, byId,
        members -> DossierBuilder.aggregateEntities(
            new StoryGroup("g", members.stream().map(AnnotatedDocument::id).toList()), byId));

    out.printf(Locale.ROOT, "%nEntities on %s: %d articles, %d gold stories, %d gold mentions of %d"
            + " entities; stories: %s%n", labels, wanted.size(), goldStories.size(), gold.size(),
        gold.stream().map(GoldMention::entity).distinct().count(),
        cluster ? groups.size() + " from the story clusterer" : "the gold stories");
    out.printf(Locale.ROOT, "%-38s %5s %5s %5s  %6s %6s %6s   %6s %6s %6s  %6s %6s%n",
        "system / part", "gold", "sys", "found", "men-P", "men-R", "men-F1", "B3-P", "B3-R",
        "B3-F1", "wrong", "missed");
    List<String> parts = new ArrayList<>();
    gold.stream().map(GoldMention::part).distinct().sorted(Comparator.reverseOrder())
        .forEach(parts::add);
    if (parts.size() > 1) {
      parts.add("all");
    }
    for (String p : parts) {
      List<GoldMention> g = gold.stream().filter(m -> p.equals("all") || m.part().equals(p)).toList();
      Set<String> articles = new LinkedHashSet<>();
      g.forEach(m -> articles.add(m.articleId()));
      row(out, "EntityCanonicalizer + places, " + p, g, system, articles);
    }
    for (String p : parts) {
      List<GoldMention> g = gold.stream().filter(m -> p.equals("all") || m.part().equals(p)).toList();
      Set<String> articles = new LinkedHashSet<>();
      g.forEach(m -> articles.add(m.articleId()));
      row(out, "baseline (same name, raw NER), " + p, g, baseline, articles);
    }
    out.println("(men-: mention detection, exact spans; B3: B-cubed over the gold mentions, a"
        + " mention not found is its own entity; wrong/missed: same-entity links of gold mentions"
        + " made wrongly / not made)");
    out.println("(the sample is ours, so no published figure exists for it; the baseline row is the"
        + " reference)");
    for (String type : List.of("PER", "ORG", "LOC")) {
      List<GoldMention> g = gold.stream().filter(m -> m.type().equals(type)).toList();
      Set<String> articles = new LinkedHashSet<>();
      g.forEach(m -> articles.add(m.articleId()));
      // Detection precision per type is not defined (system mentions of other types would count).
      EntityClusterScorer.Scores s = EntityClusterScorer.score(toScorer(g), within(system, articles, g));
      out.printf(Locale.ROOT, "  %s (all parts): %d gold mentions, found %.3f, B-cubed F1 %.3f%n", type,
          s.gold(), s.mentionRecall(), s.b3F1());
    }
    if (listEntities) {
      for (StoryGroup group : groups) {
        out.println("\n" + group.id() + " " + group.articleIds());
        List<AnnotatedDocument> members = group.articleIds().stream().map(byId::get).toList();
        for (StoryEntity e : canonicalizer.canonicalize(members)) {
          out.printf(Locale.ROOT, "  %s %-30s %3d %s%n", e.type(), e.name(), e.mentions().size(),
              e.variants());
        }
      }
    }
    if (verbose) {
      List<EntityClusterScorer.Mention> g = toScorer(gold);
      out.println("\ngrouping errors (gold entity ids; system entity ids with their story):");
      EntityClusterScorer.errors(g, system).forEach(line -> out.println("  " + line));
      Set<String> found = new java.util.HashSet<>();
      system.forEach(m -> found.add(m.articleId() + ":" + m.start() + ":" + m.end()));
      Map<String, Integer> missed = new java.util.TreeMap<>();
      for (GoldMention m : gold) {
        if (!found.contains(m.articleId() + ":" + m.start() + ":" + m.end())) {
          missed.merge(m.type() + " " + m.text(), 1, Integer::sum);
        }
      }
      out.println("\ngold mentions not found (type, text, count): " + missed);
      Set<String> goldSpans = new java.util.HashSet<>();
      gold.forEach(m -> goldSpans.add(m.articleId() + ":" + m.start() + ":" + m.end()));
      Map<String, Integer> extra = new java.util.TreeMap<>();
      for (EntityClusterScorer.Mention m : system) {
        if (!goldSpans.contains(m.articleId() + ":" + m.start() + ":" + m.end())) {
          extra.merge(m.text(), 1, Integer::sum);
        }
      }
      out.println("\nsystem mentions that are not gold mentions (text, count): " + extra);
    }
    return 0;
  }

  private void row(PrintWriter out, String name, List<GoldMention> gold,
      List<EntityClusterScorer.Mention> system, Set<String> articles) {
    EntityClusterScorer.Scores s =
        EntityClusterScorer.score(toScorer(gold), within(system, articles, null));
    results.put(name, s);
    out.printf(Locale.ROOT, "%-38s %s%n", name, EntityClusterScorer.format(s));
  }

  /** System mentions in {@code articles}; with {@code onlySpans}, only those at gold spans. */
  private static List<EntityClusterScorer.Mention> within(List<EntityClusterScorer.Mention> system,
      Set<String> articles, List<GoldMention> onlySpans) {
    Set<String> spans = null;
    if (onlySpans != null) {
      spans = new java.util.HashSet<>();
      for (GoldMention g : onlySpans) {
        spans.add(g.articleId() + ":" + g.start() + ":" + g.end());
      }
    }
    List<EntityClusterScorer.Mention> out = new ArrayList<>();
    for (EntityClusterScorer.Mention m : system) {
      if (articles.contains(m.articleId())
          && (spans == null || spans.contains(m.articleId() + ":" + m.start() + ":" + m.end()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<EntityClusterScorer.Mention> toScorer(List<GoldMention> gold) {
    return gold.stream().map(g -> new EntityClusterScorer.Mention(
        g.articleId(), g.start(), g.end(), g.text(), g.entity())).toList();
  }

  private static List<EntityClusterScorer.Mention> systemMentions(List<StoryGroup> groups,
      Map<String, AnnotatedDocument> byId,
      Function<List<AnnotatedDocument>, List<StoryEntity>> entities) {
    List<EntityClusterScorer.Mention> out = new ArrayList<>();
    for (StoryGroup group : groups) {
      List<AnnotatedDocument> members = group.articleIds().stream().map(byId::get).toList();
      for (StoryEntity e : entities.apply(members)) {
        if (e.type().equals("MISC")) {
          continue; // the labels hold people, organisations and places only
        }
        for (StoryEntity.Mention m : e.mentions()) {
          out.add(new EntityClusterScorer.Mention(m.articleId(), m.start(), m.end(), m.text(),
              group.id() + "/" + e.name() + "#" + e.id()));
        }
      }
    }
    return out;
  }

  /** The gold stories, each in publication order as the clusterer would list them. */
  private static List<StoryGroup> goldGroups(Map<String, List<String>> stories,
      Map<String, AnnotatedDocument> byId) {
    List<StoryGroup> groups = new ArrayList<>();
    stories.forEach((id, ids) -> {
      List<String> present = new ArrayList<>(ids.stream().filter(byId::containsKey).toList());
      present.sort(Comparator.comparing((String a) -> String.valueOf(byId.get(a).article().published()))
          .thenComparing(Comparator.naturalOrder()));
      if (!present.isEmpty()) {
        groups.add(new StoryGroup(id, present));
      }
    });
    return groups;
  }

  private static int checkOffsets(List<GoldMention> gold, Map<String, AnnotatedDocument> byId,
      PrintWriter err) {
    int bad = 0;
    for (GoldMention g : gold) {
      AnnotatedDocument d = byId.get(g.articleId());
      if (d == null || g.end() > d.text().length()
          || !d.text().substring(g.start(), g.end()).replaceAll("\\s+", " ").equals(g.text())) {
        if (bad++ < 5) {
          err.println("label does not match the text: " + g);
        }
      }
    }
    return bad;
  }

  private List<AnnotatedDocument> analyse(Set<String> wanted, PrintWriter err) {
    ProgressListener progress = ProgressListener.NONE;
    err.println("reading " + corpus + " and analysing the " + wanted.size() + " labelled articles...");
    List<Article> articles = new ArrayList<>();
    for (Article a : new ArticleReader(IngestOptions.defaults()).readAll(List.of(corpus)).articles()) {
      if (wanted.contains(a.id())) {
        articles.add(a);
      }
    }
    if (articles.size() < wanted.size()) {
      err.printf(Locale.ROOT, "%d labelled articles not found in %s%n",
          wanted.size() - articles.size(), corpus);
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new BatchAnalyzer(StandardPipeline.create(progress),
        new BatchAnalyzer.Options(workers, BatchAnalyzer.Options.defaults().dropAfterAnalysis()))
        .analyze(articles, progress).documents();
  }

  /** Reads the label TSV; '#' lines are comments. */
  static List<GoldMention> read(Path file) throws IOException {
    List<GoldMention> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        throw new IOException(file + ":" + n + ": expected article, start, end, text, type,"
            + " entity, story[, part]");
      }
      out.add(new GoldMention(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4],
          f[5], f[6], f.length > 7 && !f[7].isBlank() ? f[7] : "all"));
    }
    return out;
  }
}
