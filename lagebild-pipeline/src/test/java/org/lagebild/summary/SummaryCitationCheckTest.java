package org.lagebild.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;

class SummaryCitationCheckTest {

  private static final String TEXT =
      "Der Minister reist am Mittwoch nach Kiew. Danach trifft er in Genf seinen russischen Amtskollegen.";

  private static Dossier dossier(SummarySentence... sentences) {
    DossierArticle a = new DossierArticle("a", "a.txt", null, null, null, "de", null, null, TEXT, List.of(),
        null, null, null);
    Story s = Story.of("s1", "t", List.of("a"), List.of()).withSummary(List.of(sentences));
    return new Dossier(null, List.of(a), List.of(), List.of(s));
  }

  @Test
  void aSentenceCitingTheSpanThatStatesItPasses() {
    SummaryCitationCheck.Result r = new SummaryCitationCheck().check(dossier(
        new SummarySentence("Der Minister reist am Mittwoch nach Kiew.", List.of(new Citation("a", 0, 41)))));
    assertThat(r.passed()).isTrue();
    assertThat(r.sentences()).isEqualTo(1);
    assertThat(r.citations()).isEqualTo(1);
  }

  @Test
  void uncitedSentencesAndSpansWithoutTheContentFail() {
    SummaryCitationCheck.Result r = new SummaryCitationCheck().check(dossier(
        new SummarySentence("Der Minister reist am Mittwoch nach Kiew.", List.of()),
        new SummarySentence("Der Minister reist am Mittwoch nach Kiew.", List.of(new Citation("a", 42, TEXT.length()))),
        new SummarySentence("Der Minister reist am Mittwoch nach Kiew.", List.of(new Citation("a", 0, TEXT.length() + 5))),
        new SummarySentence("Der Minister reist am Mittwoch nach Kiew.", List.of(new Citation("zz", 0, 10)))));
    assertThat(r.passed()).isFalse();
    assertThat(r.problems()).extracting(SummaryCitationCheck.Problem::sentence).containsExactly(0, 1, 2, 3);
    assertThat(r.problems().get(0).reason()).isEqualTo("no citation");
    assertThat(r.problems().get(1).reason()).contains("carries only");
  }
}
