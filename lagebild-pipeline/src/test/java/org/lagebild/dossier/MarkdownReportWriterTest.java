package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.SharedPassage;
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
    assertThat(md).contains("## Kiew-Reise", "- Der \\*Minister\\* reist nach Kiew.[^s1-1]",
        "[^s1-1]: example.org, 2022-01-18 `a1:0-31`: Der \\*Minister\\* reist nach Kiew.",
        "**Zahl: Soldaten** (figure)", "  - **3**: example.org, 2022-01-18 `a1:0-3` \"Der\"",
        "Titel \\| mit Strich");
    assertThat(md).doesNotContain("### Quotes", "### Timeline");
  }

  @Test
  void quotesGoBySpeakerWithVersionsTogetherAndSourcesNameWhatTheyShare() {
    String t1 = "Olaf Brenner sagte: „Wir bauen die Brücke.“ Mehr folgt.";
    String t2 = "„Wir bauen die Brücke“, sagte Brenner am Montag in Lindenau vor der Presse.";
    DossierArticle a1 = new DossierArticle("a1", "a1.txt", null, "Nordkurier", null, "de", "2024-03-04",
        "metadata", t1, List.of(), null, null, null);
    DossierArticle a2 = new DossierArticle("a2", "a2.txt", "Brücke kommt", null, null, "de", null,
        "unknown", t2, List.of(), null, null, null);
    Quote.Speaker brenner = new Quote.Speaker("e1", "Olaf Brenner");
    Story s = Story.of("s1", "Brücke", List.of("a1", "a2"), List.of())
        .withQuotes(List.of(
            new Quote("q1", "a1", 21, 41, "Wir bauen die Brücke.", "direct", brenner, null, "g1"),
            new Quote("q2", "a2", 1, 21, "Wir bauen die Brücke", "direct", brenner, null, "g1")))
        .withSharedPassages(List.of(new SharedPassage(new Citation("a1", 20, 42), new Citation("a2", 0, 22), 0.9)));
    String md = new MarkdownReportWriter().render(new Dossier(null, List.of(a1, a2), List.of(), List.of(s)));

    assertThat(md).contains("- **Olaf Brenner**\n  - (direct) \"Wir bauen die Brücke.\" Nordkurier, 2024-03-04 "
        + "`a1:21-41`; (outlet unknown) `a2:1-21`\n");
    assertThat(md).contains("- `a1` Nordkurier, 2024-03-04 (metadata), de: _Olaf Brenner sagte: „Wir bauen die "
        + "Brücke.“_; shares passages with `a2` (1 passage)");
    assertThat(md).contains("- `a2` (outlet unknown), de: Brücke kommt; shares passages with `a1` (1 passage)");
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
    assertThat(md).contains("| Russland | LOC | Russland 1 (eins.example 1) |  | 1 | russischen `a1:4-14` |");
  }
}
