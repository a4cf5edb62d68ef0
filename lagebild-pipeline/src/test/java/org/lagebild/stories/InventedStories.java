package org.lagebild.stories;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;

/**
 * Small invented articles in three stories (a flood, a football match, company results), written
 * for these tests in the style of German agency copy, each story told three ways. The story is the
 * id prefix: {@code flut-*}, {@code fussball-*}, {@code bilanz-*}.
 */
public final class InventedStories {

  private InventedStories() {}

  static final TestAnnotator ANNOTATOR =
      new TestAnnotator(
          List.of(
              TestAnnotator.loc("Passau"), TestAnnotator.loc("Donau"), TestAnnotator.loc("Inn"),
              TestAnnotator.loc("Niederbayern"), TestAnnotator.loc("Bayern"),
              TestAnnotator.per("Karin Vogl"), TestAnnotator.per("Vogl"),
              TestAnnotator.org("Technisches Hilfswerk"), TestAnnotator.org("THW"),
              TestAnnotator.org("Deutscher Wetterdienst"),
              TestAnnotator.org("FC Bayern München"), TestAnnotator.org("FC Bayern"),
              TestAnnotator.org("Borussia Dortmund"), TestAnnotator.org("Dortmund"),
              TestAnnotator.per("Lena Hartmann"), TestAnnotator.per("Hartmann"),
              TestAnnotator.per("Milan Kovač"), TestAnnotator.per("Kovač"),
              TestAnnotator.loc("München"), TestAnnotator.misc("Bundesliga"),
              TestAnnotator.org("Nordlicht Energie AG"), TestAnnotator.org("Nordlicht"),
              TestAnnotator.per("Thomas Brandt"), TestAnnotator.per("Brandt"),
              TestAnnotator.loc("Hamburg"), TestAnnotator.org("Frankfurter Börse")),
          List.of());

  static final List<String[]> TEXTS =
      List.of(
          new String[] {"flut-1", "Hochwasser in Passau: Die Donau hat am Sonntag die Marke von"
              + " zehn Metern überschritten. Oberbürgermeisterin Karin Vogl rief den Katastrophenfall"
              + " aus. Das Technisches Hilfswerk errichtete Sandsackwälle in der Altstadt, Keller"
              + " wurden evakuiert. Der Deutscher Wetterdienst erwartet weiteren Dauerregen in"
              + " Niederbayern."},
          new String[] {"flut-2", "Die Pegel von Donau und Inn steigen weiter. In Passau stehen"
              + " Teile der Altstadt unter Wasser, Vogl sprach von einer dramatischen Lage. Helfer"
              + " des THW füllten die ganze Nacht Sandsäcke, Anwohner mussten ihre Häuser"
              + " verlassen. Der Katastrophenfall gilt bis auf Weiteres."},
          new String[] {"flut-3", "Dauerregen und Hochwasser halten Niederbayern in Atem. Nach"
              + " Angaben der Stadt Passau wurden mehrere hundert Bewohner evakuiert. Karin Vogl"
              + " dankte den Einsatzkräften von Feuerwehr und THW. Die Donau soll erst am Dienstag"
              + " ihren Höchststand erreichen, der Pegel lag zuletzt bei zehn Metern."},
          new String[] {"fussball-1", "Der FC Bayern München hat das Spitzenspiel der Bundesliga"
              + " gegen Borussia Dortmund mit 3:1 gewonnen. Lena Hartmann traf zweimal, Dortmund"
              + " verkürzte nach der Pause. Trainer Milan Kovač lobte die Abwehr seiner Mannschaft."},
          new String[] {"fussball-2", "Tore von Hartmann entscheiden den Klassiker: Der FC Bayern"
              + " schlug Dortmund vor ausverkauftem Haus in München. Kovač sprach von einem"
              + " verdienten Sieg, die Tabellenführung in der Bundesliga ist damit gefestigt."},
          new String[] {"fussball-3", "Borussia Dortmund verliert das Spitzenspiel beim FC Bayern"
              + " München. Nach dem Doppelpack von Lena Hartmann blieb dem Tabellenzweiten nur der"
              + " Anschlusstreffer. Kovač: Die Mannschaft hat als Einheit verteidigt."},
          new String[] {"bilanz-1", "Die Nordlicht Energie AG hat im dritten Quartal den Umsatz um"
              + " zwölf Prozent gesteigert. Vorstandschef Thomas Brandt verwies auf das Geschäft mit"
              + " Windparks. Die Aktie legte an der Frankfurter Börse deutlich zu."},
          new String[] {"bilanz-2", "Starke Quartalszahlen: Nordlicht meldet mehr Umsatz und einen"
              + " höheren Gewinn. Brandt kündigte in Hamburg neue Windparks an, die Prognose für das"
              + " Gesamtjahr wurde angehoben. Anleger reagierten erfreut, die Aktie stieg."},
          new String[] {"bilanz-3", "Der Hamburger Versorger Nordlicht Energie AG hebt nach einem"
              + " starken Quartal die Prognose an. Umsatz und Gewinn wuchsen dank neuer Windparks,"
              + " sagte Thomas Brandt. An der Frankfurter Börse gewann die Aktie."});

  /** The nine articles, with TERMS computed by {@link TermVectorStage} from hand annotations. */
  public static List<AnnotatedDocument> documents() {
    TermVectorStage terms = new TermVectorStage();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (String[] t : TEXTS) {
      docs.add(terms.process(ANNOTATOR.annotate(Article.of(t[0], t[1]), PublicationDate.UNKNOWN)));
    }
    return docs;
  }

  static String storyOf(String id) {
    return id.substring(0, id.indexOf('-'));
  }
}
