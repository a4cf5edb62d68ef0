package org.lagebild.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.discrepancies.StorySentences;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;

/**
 * Checks a dossier's summaries against their sources: every sentence has at least one citation, and
 * every cited span lies inside its article and contains the sentence's content (at least {@link
 * #MIN_SUPPORT} of its content words, compared by their first six letters so that wire copies with
 * an inflection changed still count).
 */
public final class SummaryCitationCheck {

  /** Share of a summary sentence's content words a cited span must contain. */
  public static final double MIN_SUPPORT = 0.6;

  /** One failing sentence or citation. */
  public record Problem(String storyId, int sentence, String reason, String text) {}

  /** Counts over the dossier and the failures; {@link #passed()} when there are none. */
  public record Result(int stories, int sentences, int citations, List<Problem> problems) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** How much of {@code sentence}'s content the text {@code span} carries (0..1). */
  public static double support(String sentence, String span) {
    Set<String> need = StorySentences.contentStems(sentence);
    if (need.isEmpty()) {
      return span.strip().equals(sentence.strip()) ? 1 : 0;
    }
    return StorySentences.containment(need, StorySentences.contentStems(span));
  }

  public Result check(Dossier dossier) {
    Map<String, DossierArticle> articles = new HashMap<>();
    dossier.articles().forEach(a -> articles.put(a.id(), a));
    List<Problem> problems = new ArrayList<>();
    int sentences = 0;
    int citations = 0;
    for (Story story : dossier.stories()) {
      for (int i = 0; i < story.summary().size(); i++) {
        SummarySentence s = story.summary().get(i);
        sentences++;
        if (s.citations().isEmpty()) {
          problems.add(new Problem(story.id(), i, "no citation", s.text()));
          continue;
        }
        for (Citation c : s.citations()) {
          citations++;
          DossierArticle a = articles.get(c.articleId());
          if (a == null) {
            problems.add(new Problem(story.id(), i, "cites unknown article " + c.articleId(), s.text()));
          } else if (!story.articleIds().contains(c.articleId())) {
            problems.add(new Problem(story.id(), i, "cites article " + c.articleId() + " outside the story", s.text()));
          } else if (c.end() > a.text().length()) {
            problems.add(new Problem(story.id(), i, "citation " + c.start() + "-" + c.end()
                + " outside the text of " + c.articleId(), s.text()));
          } else {
            double support = support(s.text(), a.text().substring(c.start(), c.end()));
            if (support < MIN_SUPPORT) {
              problems.add(new Problem(story.id(), i, String.format(java.util.Locale.ROOT,
                  "span %s:%d-%d carries only %.0f%% of the sentence", c.articleId(), c.start(),
                  c.end(), support * 100), s.text()));
            }
          }
        }
      }
    }
    return new Result(dossier.stories().size(), sentences, citations, problems);
  }
}
