package org.lagebild.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.ArticleCopy;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.stories.ArticleFeatures;

/**
 * Fills {@code story.sharedPassages} with the passages the story's articles share (with the edits
 * between the two wordings, the kind of copy and the fuller article), and {@code story.copies}
 * with the articles that repeat another one whole, so that outlet counts can skip them.
 */
public final class SharedPassageSection implements StorySection {

  private final WireCopyDetector detector;

  public SharedPassageSection() {
    this(new WireCopyDetector());
  }

  public SharedPassageSection(WireCopyDetector detector) {
    this.detector = detector;
  }

  @Override
  public String name() {
    return "shared passages";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    if (documents.size() < 2) {
      return story;
    }
    WireCopyDetector.Report report = detector.detect(documents);
    Map<String, ArticleOverlap> overlapOf = new HashMap<>();
    for (ArticleOverlap o : report.overlaps()) {
      overlapOf.put(key(o.a(), o.b()), o);
    }
    List<SharedPassage> passages = new ArrayList<>(report.passages().size());
    for (AlignedPassage p : report.passages()) {
      ArticleOverlap o = overlapOf.get(key(p.a().articleId(), p.b().articleId()));
      List<SharedPassage.Edit> edits = new ArrayList<>(p.edits().size());
      for (PassageEdit e : p.edits()) {
        edits.add(new SharedPassage.Edit(e.aStart(), e.aEnd(), e.aText(), e.bStart(), e.bEnd(),
            e.bText()));
      }
      passages.add(new SharedPassage(p.a(), p.b(), Math.round(p.similarity() * 1000) / 1000.0,
          o == null ? null : kind(o.kind()), o == null ? null : o.carriesMore(), edits));
    }
    return story.withSharedPassages(passages).withCopies(copies(report.overlaps(), documents));
  }

  /**
   * Each duplicate pair names a copy and the article it repeats: the earlier one is the original,
   * then the fuller one, then the lower id. Chains point at the first original.
   */
  static List<ArticleCopy> copies(List<ArticleOverlap> overlaps, List<AnnotatedDocument> documents) {
    Map<String, Long> day = new HashMap<>();
    for (AnnotatedDocument d : documents) {
      day.put(d.id(), ArticleFeatures.epochDay(d));
    }
    List<ArticleOverlap> duplicates = new ArrayList<>();
    for (ArticleOverlap o : overlaps) {
      if (o.duplicate()) {
        duplicates.add(o);
      }
    }
    duplicates.sort((x, y) -> key(x.a(), x.b()).compareTo(key(y.a(), y.b())));
    Map<String, String> originalOf = new LinkedHashMap<>();
    Map<String, String> kindOf = new HashMap<>();
    for (ArticleOverlap o : duplicates) {
      String original = original(o, day);
      String copy = original.equals(o.a()) ? o.b() : o.a();
      String root = original;
      while (originalOf.containsKey(root)) {
        root = originalOf.get(root);
      }
      if (root.equals(copy) || originalOf.containsKey(copy)) {
        continue;
      }
      originalOf.put(copy, root);
      kindOf.put(copy, o.kind() == ArticleOverlap.Kind.EXACT_DUPLICATE ? "exact" : "near");
    }
    List<ArticleCopy> copies = new ArrayList<>();
    for (Map.Entry<String, String> e : originalOf.entrySet()) {
      String root = e.getValue();
      while (originalOf.containsKey(root)) {
        root = originalOf.get(root);
      }
      copies.add(new ArticleCopy(e.getKey(), root, kindOf.get(e.getKey())));
    }
    copies.sort((x, y) -> x.articleId().compareTo(y.articleId()));
    return copies;
  }

  private static String original(ArticleOverlap o, Map<String, Long> day) {
    long da = day.getOrDefault(o.a(), ArticleFeatures.UNDATED);
    long db = day.getOrDefault(o.b(), ArticleFeatures.UNDATED);
    if (da != ArticleFeatures.UNDATED && db != ArticleFeatures.UNDATED && da != db) {
      return da < db ? o.a() : o.b();
    }
    if (o.carriesMore() != null) {
      return o.carriesMore();
    }
    return o.a().compareTo(o.b()) <= 0 ? o.a() : o.b();
  }

  private static String kind(ArticleOverlap.Kind kind) {
    return switch (kind) {
      case EXACT_DUPLICATE -> "exact";
      case NEAR_DUPLICATE -> "near";
      case SHARED_PASSAGES -> "shared";
    };
  }

  private static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
  }
}
