package org.lagebild.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Invented German articles: two stories and a stray report. */
final class Fixtures {

  private Fixtures() {}

  static List<ObjectNode> twoStories() {
    return List.of(
        TestServer.article("talks-1", "Verhandlungen in Brüssel gehen weiter", "beispielblatt.de",
            "2024-03-12",
            "Brüssel. Die Verhandlungen über das Fischereiabkommen gehen in die dritte Runde. "
                + "Ministerin Anna Beispiel sagte am Dienstag: \"Wir sind einer Einigung nahe.\" "
                + "Die Fischereiverbände beobachten die Verhandlungen in Brüssel mit Sorge. "
                + "Ein Ergebnis wird für Freitag erwartet."),
        TestServer.article("talks-2", "Fischereiabkommen: Einigung nahe", "musterpost.de",
            "2024-03-12",
            "Brüssel. Im Streit um das Fischereiabkommen zeichnet sich eine Einigung ab. "
                + "Ministerin Anna Beispiel sagte: \"Wir sind einer Einigung nahe.\" "
                + "Die Verhandlungen in Brüssel dauerten bis in die Nacht. "
                + "Die Fischereiverbände fordern Nachbesserungen am Fischereiabkommen."),
        TestServer.article("talks-3", "Fischereiabkommen: Verhandlungen vor dem Abschluss",
            "beispielblatt.de", "2024-03-13",
            "Brüssel. Nach langen Verhandlungen ist das Fischereiabkommen beschlossen. "
                + "Anna Beispiel nannte das Ergebnis einen Erfolg für die Fischerei. "
                + "Die Fischereiverbände reagierten verhalten auf das Fischereiabkommen aus Brüssel."),
        TestServer.article("flood-1", "Hochwasser in Musterstadt", "musterpost.de", "2024-05-02",
            "Musterstadt. Das Hochwasser der Muster hat die Altstadt erreicht. "
                + "Bürgermeister Karl Mustermann sagte, die Deiche hielten stand. "
                + "Hunderte Helfer füllen Sandsäcke gegen das Hochwasser in Musterstadt."),
        TestServer.article("flood-2", "Pegel der Muster steigt weiter", "beispielblatt.de",
            "2024-05-03",
            "Musterstadt. Der Pegel der Muster steigt weiter, das Hochwasser bedroht die Altstadt. "
                + "Karl Mustermann rief die Bewohner zur Vorsicht auf. "
                + "Die Helfer in Musterstadt füllen weiter Sandsäcke gegen das Hochwasser."));
  }
}
