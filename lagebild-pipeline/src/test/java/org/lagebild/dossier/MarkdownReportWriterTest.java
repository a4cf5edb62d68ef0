package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;

class MarkdownReportWriterTest {

  @Test
  void summaryCitationsResolveToNumberedSourcesAndMarkdownIsEscaped() {
    String text = "Der *Minister* reist nach Kiew. Dort trifft er [Vertreter] der Regierung.";
    DossierArticle a = new DossierArticle("a1", "a1.txt", "Titel | mit Strich", "example.org", null, "de",
        "2022-01-18", "metadata", text, List.of(), null, null, null);
    Story s = Story.of("s1", "Kiew-Reise", List.of("a1"), List.of())
        .withSummary(List.of(new SummarySentence("Der *Minister* reist nach Kiew.", List.of(new Citation("a1", 0, 31)))))
        .withDiscrepancies(List.of(new Discrepancy("Zahl: Soldaten", "figure", List.of(
            new Discrepancy.Version("a1", 0, 3, "Der", "3")))));
    String md = new MarkdownReportWriter().render(new Dossier(null, List.of(a), List.of(), List.of(s)));
    assertThat(md).contains("## Kiew-Reise", "- Der \\*Minister\\* reist nach Kiew. [1]",
        "1. example.org `a1:0-31`: Der \\*Minister\\* reist nach Kiew.", "**Zahl: Soldaten** (figure)",
        "Titel \\| mit Strich");
    assertThat(md).doesNotContain("### Quotes", "### Timeline");
  }

  @Test
  void entityTableListsSpellingsPerOutletAndDerivedWords() {
    String text = "Die russischen Truppen stehen in Russland.";
    DossierArticle a = new DossierArticle("a1", "a1.txt", "T", "eins.example", null, "de", null,
        "unknown", text, List.of(), null, null, null);
    int at = text.indexOf("Russland");
    org.lagebild.model.dossier.StoryEntity russia = new org.lagebild.model.dossier.StoryEntity(
        "e1", "Russland", "LOC", List.of("Russland"), List.of(),
        List.of(new org.lagebild.model.dossier.StoryEntity.Mention("a1", at, at + 8, "Russland")))
        .withVariantCounts(List.of(new org.lagebild.model.dossier.StoryEntity.VariantCount(
            "Russland", 1, java.util.Map.of("eins.example", 1))))
        .withDerived(List.of(new org.lagebild.model.dossier.StoryEntity.Mention("a1", 4, 14,
            "russischen")));
    String md = new MarkdownReportWriter().render(new Dossier(null, List.of(a), List.of(),
        List.of(Story.of("s1", "T", List.of("a1"), List.of(russia)))));
    assertThat(md).contains("| Russland | LOC | Russland 1 (eins.example 1) | 1 | russischen `a1:4-14` |");
  }
}
