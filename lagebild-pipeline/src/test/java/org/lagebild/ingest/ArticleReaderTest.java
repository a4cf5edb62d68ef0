package org.lagebild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

class ArticleReaderTest {

  private static final String GERMAN =
      "Die Bürgermeisterin äußerte sich am Dienstag über die Größe des Projekts. "
          + "Österreichs Grüne begrüßten die Entscheidung.";

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

  private IngestResult read(Path... inputs) {
    return reader.readAll(List.of(inputs));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path gzip(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ArticleReaderTest.class.getResource(name).toURI());
  }

  private static Article only(IngestResult result) {
    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().getFirst();
  }

  private static String reasonOf(IngestResult result) {
    assertThat(result.articles()).isEmpty();
    assertThat(result.rejected()).hasSize(1);
    return result.rejected().getFirst().reason();
  }

  // ---- plain text ----

  @Test
  void plainTextIsTheFileContentUnchanged() throws IOException {
    String content =
        "  Erste Zeile mit Leerzeichen davor.\r\n\r\nZweiter Absatz – mit Gedankenstrich.\n";
    Path file = write("meldung-1.txt", content);

    Article article = only(read(file));

    assertThat(article.text()).isEqualTo(content);
    assertThat(article.id()).isEqualTo("meldung-1");
    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.title()).isNull();
    assertThat(article.published()).isNull();
  }

  @Test
  void markdownIsReadAsText() throws IOException {
    Path file = write("notiz.v2.md", "# Überschrift\n\nText.");
    Article article = only(read(file));
    assertThat(article.text()).isEqualTo("# Überschrift\n\nText.");
    assertThat(article.id()).isEqualTo("notiz.v2");
  }

  @Test
  void gzippedTextIsDecompressedAndNamedWithoutBothExtensions() throws IOException {
    Path file = gzip("archiv.txt.gz", GERMAN);
    Article article = only(read(file));
    assertThat(article.text()).isEqualTo(GERMAN);
    assertThat(article.id()).isEqualTo("archiv");
  }

  @Test
  void extensionsAreCaseInsensitive() throws IOException {
    Path file = write("GROSS.TXT", GERMAN);
    assertThat(only(read(file)).id()).isEqualTo("GROSS");
  }

  // ---- encodings ----

  @Test
  void windows1252FileWithUmlautsIsDecodedRight() throws IOException {
    String text = GERMAN + " Der Preis stieg um 5 € – „deutlich“, hieß es.";
    Path file = write("latin.txt", text.getBytes(Charset.forName("windows-1252")));
    assertThat(only(read(file)).text()).isEqualTo(text);
  }

  @Test
  void latin1FileWithUmlautsIsDecodedRight() throws IOException {
    Path file = write("latin1.txt", GERMAN.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(read(file)).text()).isEqualTo(GERMAN);
  }

  @Test
  void shortLatin1LineIsDecodedRight() throws IOException {
    Path file = write("kurz.txt", "Grüße".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(read(file)).text()).isEqualTo("Grüße");
  }

  @Test
  void utf8BomIsDropped() throws IOException {
    byte[] body = GERMAN.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = write("bom.txt", bytes);
    assertThat(only(read(file)).text()).isEqualTo(GERMAN);
  }

  @Test
  void utf16WithBomIsDecodedAndBomDropped() throws IOException {
    // Java's "UTF-16" encoder writes a big-endian byte order mark.
    Path be = write("be.txt", GERMAN.getBytes(StandardCharsets.UTF_16));
    byte[] le = GERMAN.getBytes(StandardCharsets.UTF_16LE);
    byte[] leWithBom = new byte[le.length + 2];
    leWithBom[0] = (byte) 0xFF;
    leWithBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, leWithBom, 2, le.length);
    Path little = write("le.txt", leWithBom);

    IngestResult result = read(be, little);

    assertThat(result.articles()).extracting(Article::text).containsExactly(GERMAN);
    // Same text twice: the second is a duplicate, which proves both decoded identically.
    assertThat(result.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("duplicate of be (identical text)"));
  }

  @Test
  void utf16WithoutBomIsNotTakenForBinary() throws IOException {
    Path file = write("ohne-bom.txt", GERMAN.getBytes(StandardCharsets.UTF_16LE));
    assertThat(only(read(file)).text()).isEqualTo(GERMAN);
  }

  @Test
  void textPastedFromUtf8AndLatin1SourcesKeepsBothReadable() throws IOException {
    byte[] utf8 = "Gültiges UTF-8, ".getBytes(StandardCharsets.UTF_8);
    byte[] latin = "dann Latin-1: Straße".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = new byte[utf8.length + latin.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(latin, 0, both, utf8.length, latin.length);
    Path file = write("gemischt.txt", both);
    assertThat(only(read(file)).text()).isEqualTo("Gültiges UTF-8, dann Latin-1: Straße");
  }

  @Test
  void loneSurrogateEscapeInJsonBecomesAReplacementCharacter() throws IOException {
    Path file = write("halb.jsonl", "{\"text\": \"vor \\ud800 nach \\ud83d\\ude00\"}\n");
    assertThat(only(read(file)).text()).isEqualTo("vor \uFFFD nach \uD83D\uDE00");
  }

  @Test
  void jsonLinesInWindows1252AreDecodedRight() throws IOException {
    String line = "{\"id\": \"w\", \"text\": \"" + GERMAN + "\"}\n";
    Path file = write("alt.jsonl", line.getBytes(Charset.forName("windows-1252")));
    assertThat(only(read(file)).text()).isEqualTo(GERMAN);
  }

  // ---- rejections of whole files ----

  @Test
  void emptyAndWhitespaceOnlyFilesAreRejected() throws IOException {
    Path empty = write("leer.txt", new byte[0]);
    Path blank = write("blank.md", " \n\t \r\n");
    Path emptyJsonl = write("leer.jsonl", "\n\n");

    IngestResult result = read(empty, blank, emptyJsonl);

    assertThat(result.articles()).isEmpty();
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(empty.toString(), "empty file"),
            new Rejection(blank.toString(), "empty file"),
            new Rejection(emptyJsonl.toString(), "empty file"));
  }

  @Test
  void binaryFilesAreRejectedWithTheKind() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    Path image = write("bild.txt", png);
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[10] = 0;
    Path random = write("zufall.md", noise);
    Path pdf = write("dokument.html", "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));

    IngestResult result = read(image, random, pdf);

    assertThat(result.articles()).isEmpty();
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .containsExactly(
            "binary file (PNG image), not text",
            "binary file (contains NUL bytes), not text",
            "binary file (PDF document), not text");
  }

  @Test
  void oversizedFileIsRejectedAndTheRestOfTheBatchIsRead() throws IOException {
    Path big = dir.resolve("batch/gross.txt");
    Files.createDirectories(big.getParent());
    String line = "Eine Zeile Text, die sich sehr oft wiederholt, um die Datei groß zu machen.\n";
    long target = 50L * 1024 * 1024;
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (long written = 0; written < target; written += line.length()) {
        out.write(line);
      }
    }
    long size = Files.size(big);
    assertThat(size).isGreaterThanOrEqualTo(target);
    write("batch/klein-a.txt", "Kleiner Artikel A.");
    write("batch/klein-z.txt", "Kleiner Artikel Z.");

    IngestResult result = read(dir.resolve("batch"));

    assertThat(result.articles()).extracting(Article::id).containsExactly("klein-a", "klein-z");
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(big.toString());
      assertThat(r.reason())
          .isEqualTo(
              String.format(
                  java.util.Locale.ROOT,
                  "file is %,d bytes, over the limit of 20,971,520 bytes (maxFileBytes)",
                  size));
    });
  }

  @Test
  void gzippedFileOverTheLimitIsRejectedWithoutInflatingItAll() throws IOException {
    Path file = gzip("bombe.txt.gz", "A".repeat(3_000));
    ArticleReader small = new ArticleReader(new IngestOptions(1_000, 10_000));
    IngestResult result = small.readAll(List.of(file));
    assertThat(reasonOf(result)).contains("over the limit of 1,000 bytes");
  }

  @Test
  void articleOverTheCharacterLimitIsRejected() throws IOException {
    Path file = write("lang.txt", "x".repeat(120));
    ArticleReader small = new ArticleReader(new IngestOptions(10_000, 100));
    assertThat(reasonOf(small.readAll(List.of(file))))
        .isEqualTo("text has 120 characters, over the limit of 100 (maxArticleChars)");
  }

  @Test
  void missingInputIsRejected() {
    Path missing = dir.resolve("gibt-es-nicht.txt");
    assertThat(read(missing).rejected())
        .containsExactly(new Rejection(missing.toString(), "no such file or directory"));
  }

  @Test
  void corruptGzipIsRejectedNotThrown() throws IOException {
    Path file = write("kaputt.jsonl.gz", "kein gzip".getBytes(StandardCharsets.UTF_8));
    assertThat(reasonOf(read(file))).startsWith("cannot read: not valid gzip data");
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path file = write("gesperrt.txt", GERMAN);
    boolean locked = file.toFile().setReadable(false, false);
    try {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          locked && !Files.isReadable(file), "file permissions are not enforced for this user");
      assertThat(reasonOf(read(file))).isEqualTo("cannot read: permission denied");
    } finally {
      file.toFile().setReadable(true, false);
    }
  }

  // ---- HTML ----

  @Test
  void htmlPageYieldsMainTextAndMetadata() throws Exception {
    Article article = only(read(resource("html/news-page.html")));

    assertThat(article.id()).isEqualTo("news-page");
    assertThat(article.title()).isEqualTo("Hochwasser an der Elbe: Pegel steigt weiter");
    assertThat(article.published()).isEqualTo("2021-07-16T08:30:00+02:00");
    assertThat(article.author()).isEqualTo("Erika Musterfrau");
    assertThat(article.outlet()).isEqualTo("Beispiel-Zeitung");
    assertThat(article.url())
        .isEqualTo("https://www.beispiel-zeitung.de/panorama/hochwasser-elbe-123.html");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.text())
        .isEqualTo(
            "Der Pegel der Elbe in Dresden ist in der Nacht auf Freitag auf 6,20 Meter gestiegen."
                + " Die Stadt hat die Alarmstufe drei ausgerufen.\n\n"
                + "„Wir rechnen mit einem weiteren Anstieg bis Samstagmittag“, sagte ein Sprecher"
                + " des Umweltamts. Anwohner in tief gelegenen Straßen sollen ihre Keller räumen.\n\n"
                + "Sandsäcke werden knapp\n\n"
                + "Freiwillige füllten bis in den Abend Sandsäcke.\n"
                + "Die Feuerwehr bittet um weitere Helfer.");
  }

  @Test
  void pageWithoutArticleElementUsesTheDensestParagraphs() throws Exception {
    Article article = only(read(resource("html/div-soup.html")));

    assertThat(article.title()).isEqualTo("Gemeinderat beschließt Haushalt");
    assertThat(article.published()).isEqualTo("2021-03-04");
    assertThat(article.text())
        .startsWith("Gemeinderat beschließt Haushalt\n\nDer Gemeinderat hat am Mittwochabend")
        .contains("Die Opposition kritisierte die neuen Schulden, stimmte am Ende aber zu.")
        .doesNotContain("Schützenfest", "Kontakt", "Alle Rechte");
  }

  @Test
  void jsonLdAndTimeElementSupplyMetadataWhenMetaTagsAreMissing() throws IOException {
    Path file =
        write(
            "ld.html",
            """
            <html lang="de"><head><title>Titel aus title | Portal</title>
            <link rel="canonical" href="https://www.portal.example/artikel/1">
            <script type="application/ld+json">
            {"@graph": [{"@type": "WebSite", "name": "Portal"},
              {"@type": "NewsArticle", "datePublished": "2022-01-19T07:05:00Z",
               "author": [{"@type": "Person", "name": "A. Eins"}, {"name": "B. Zwei"}]}]}
            </script></head>
            <body><div class="teaser"><p>Anderer Text, der nicht zum Artikel gehört.</p></div>
            <div itemprop="articleBody"><time datetime="2022-01-18">gestern</time>
            <p>Haupttext im articleBody.</p></div></body></html>
            """);
    Article article = only(read(file));
    assertThat(article.title()).isEqualTo("Titel aus title | Portal");
    assertThat(article.published()).isEqualTo("2022-01-19T07:05:00Z");
    assertThat(article.author()).isEqualTo("A. Eins, B. Zwei");
    assertThat(article.outlet()).isEqualTo("portal.example");
    assertThat(article.url()).isEqualTo("https://www.portal.example/artikel/1");
    assertThat(article.text()).isEqualTo("gestern\n\nHaupttext im articleBody.");
  }

  @Test
  void shortTeaserArticleDoesNotHideTheRealBody() throws IOException {
    String body = "Ein Satz des eigentlichen Artikels, der in einfachen div-Elementen steht. ";
    Path file =
        write(
            "teaser.html",
            "<div class=body><p>" + body.repeat(3) + "</p><p>" + body.repeat(3) + "</p></div>"
                + "<aside><article><p>Kurzer Teaser.</p></article></aside>"
                + "<div><article><p>Noch ein Teaser.</p></article></div>");
    assertThat(only(read(file)).text())
        .isEqualTo(body.repeat(3).strip() + "\n\n" + body.repeat(3).strip());
  }

  @Test
  void timeElementIsTheLastResortForThePublicationDate() throws IOException {
    Path file =
        write(
            "zeit.html",
            "<h1>Überschrift</h1><article><time datetime=\"2022-01-18T09:00\">18. Januar</time>"
                + "<p>Text.</p></article>");
    Article article = only(read(file));
    assertThat(article.title()).isEqualTo("Überschrift");
    assertThat(article.published()).isEqualTo("2022-01-18T09:00:00");
  }

  @Test
  void brokenHtmlWithUnclosedTagsIsStillRead() throws IOException {
    Path file =
        write(
            "kaputt.html",
            "<html><head><title>Kaputt<body><article><p>Erster Absatz <b>fett <p>Zweiter"
                + " Absatz <i>kursiv</div><p>Dritter Absatz");
    Article article = only(read(file));
    assertThat(article.text())
        .isEqualTo("Erster Absatz fett\n\nZweiter Absatz kursiv\n\nDritter Absatz");
  }

  @Test
  void htmlWithoutTextIsRejectedWithTheTitle() throws IOException {
    Path file =
        write(
            "leer.html",
            "<html><head><title>Nur Navigation</title></head><body><nav><a href=/>Start</a></nav>"
                + "<script>var a = 1;</script></body></html>");
    assertThat(reasonOf(read(file)))
        .isEqualTo("no article text found in HTML (title: Nur Navigation)");
  }

  @Test
  void htmlCharsetDeclarationIsHonoured() throws IOException {
    String html =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + GERMAN + "</p></body></html>";
    Path file = write("alt.htm", html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(read(file)).text()).isEqualTo(GERMAN);
  }

  @Test
  void gzippedHtmlIsRead() throws IOException {
    Path file = gzip("seite.html.gz", "<article><p>" + GERMAN + "</p></article>");
    Article article = only(read(file));
    assertThat(article.text()).isEqualTo(GERMAN);
    assertThat(article.id()).isEqualTo("seite");
  }

  // ---- JSON and JSON Lines ----

  @Test
  void jsonLinesWithOwnFieldNames() throws IOException {
    Path file =
        write(
            "eigene.jsonl",
            """
            {"id": "a-1", "title": "Titel A", "text": "Text A.", "published": "2021-03-04 10:00:00", \
            "outlet": "zeit.de", "url": "https://www.zeit.de/a", "language": "de", "author": "A. Autor"}
            {"title": "Ohne Id", "text": "Text B.", "published": "2021-03-05"}
            """);

    IngestResult result = read(file);

    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles())
        .containsExactly(
            new Article(
                "a-1",
                file + "#1",
                "Titel A",
                "zeit.de",
                "https://www.zeit.de/a",
                "de",
                "2021-03-04T10:00:00",
                "A. Autor",
                "Text A."),
            new Article(
                "eigene#2", file + "#2", "Ohne Id", null, null, null, "2021-03-05", null, "Text B."));
  }

  @Test
  void jsonLinesWithOneCorruptLineKeepTheOthers() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      lines.append(
          i == 7
              ? "{\"id\": \"r7\", \"text\": \"abgeschnitten\n"
              : "{\"id\": \"r" + i + "\", \"text\": \"Artikel Nummer " + i + ".\"}\n");
    }
    Path file = write("mit-fehler.jsonl", lines.toString());

    IngestResult result = read(file);

    assertThat(result.articles())
        .extracting(Article::id)
        .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r8", "r9");
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(file + "#7");
      assertThat(r.reason()).startsWith("line 7: invalid JSON: ");
    });
  }

  @Test
  void recordWithoutTextIsRejectedNamingTheRecord() throws IOException {
    Path file =
        write(
            "ohne-text.jsonl",
            "{\"id\": \"x\", \"text\": \"Vorhanden.\"}\n"
                + "{\"id\": \"y\", \"description\": \"Nur eine Beschreibung\", \"text\": \"  \"}\n");
    IngestResult result = read(file);
    assertThat(result.articles()).extracting(Article::id).containsExactly("x");
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(
                file + "#2", "line 2: no text (none of the fields text, maintext, raw_text has any)"));
  }

  @Test
  void gzippedJsonLines() throws IOException {
    Path file =
        gzip("korpus.jsonl.gz", "{\"id\": \"g1\", \"text\": \"Eins.\"}\n{\"text\": \"Zwei.\"}\n");
    assertThat(read(file).articles())
        .extracting(Article::id, Article::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("g1", file + "#1"),
            org.assertj.core.groups.Tuple.tuple("korpus#2", file + "#2"));
  }

  @Test
  void ndjsonIsJsonLines() throws IOException {
    Path file = write("feed.ndjson", "{\"text\": \"Eins.\"}\r\n{\"text\": \"Zwei.\"}\r\n");
    assertThat(read(file).articles()).extracting(Article::text).containsExactly("Eins.", "Zwei.");
  }

  @Test
  void newsPleaseFieldNames() throws Exception {
    Article article = only(read(resource("json/news-please.json")));

    assertThat(article.id()).isEqualTo("news-please");
    assertThat(article.title()).isEqualTo("Werk in Musterstadt schließt");
    assertThat(article.text())
        .isEqualTo(
            "Das Werk in Musterstadt wird Ende des Jahres geschlossen. Betroffen sind 450"
                + " Beschäftigte.\n\nDie Gewerkschaft kündigte Proteste an.");
    assertThat(article.published()).isEqualTo("2021-03-04T10:00:00");
    assertThat(article.outlet()).isEqualTo("www.beispiel-zeitung.de");
    assertThat(article.url()).isEqualTo("https://www.beispiel-zeitung.de/wirtschaft/werk.html");
    assertThat(article.author()).isEqualTo("Anna Beispiel, Bernd Muster");
    assertThat(article.language()).isEqualTo("de");
  }

  @Test
  void newsPleaseRecordWithOnlyADescriptionIsRejected() throws IOException {
    Path file =
        write("np.json", "{\"title\": \"T\", \"description\": \"Teaser\", \"maintext\": null}");
    assertThat(reasonOf(read(file))).startsWith("no text");
  }

  @Test
  void trafilaturaFieldNames() throws Exception {
    Path file = resource("json/trafilatura.jsonl");
    IngestResult result = read(file);

    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    assertThat(first.id()).isEqualTo("tr-1");
    assertThat(first.text())
        .isEqualTo("Die Stadt baut vier Kilometer neue Radwege.\nDer Bau beginnt im Juni.");
    assertThat(first.title()).isEqualTo("Neue Radwege für die Innenstadt");
    assertThat(first.published()).isEqualTo("2022-05-10");
    assertThat(first.outlet()).isEqualTo("Beispiel-Blatt");
    assertThat(first.url()).isEqualTo("https://beispiel-blatt.de/radwege");
    assertThat(first.author()).isEqualTo("Clara Probe");
    Article second = result.articles().get(1);
    assertThat(second.id()).isEqualTo("trafilatura#2");
    assertThat(second.text()).isEqualTo("Dieser Eintrag hat nur einen Rohtext.");
    assertThat(second.published()).isEqualTo("2022-05-11T09:15:00");
    assertThat(second.outlet()).isEqualTo("beispiel-blatt.de");
  }

  @Test
  void jsonArrayOfObjects() throws IOException {
    Path file =
        write(
            "liste.json",
            "[{\"id\": \"l1\", \"text\": \"Eins.\"}, {\"text\": \"Zwei.\"}, {\"text\": \"\"}]");
    IngestResult result = read(file);
    assertThat(result.articles())
        .extracting(Article::id, Article::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("l1", file + "#1"),
            org.assertj.core.groups.Tuple.tuple("liste#2", file + "#2"));
    assertThat(result.rejected())
        .extracting(Rejection::source, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                file + "#3", "record 3: no text (none of the fields text, maintext, raw_text has any)"));
  }

  @Test
  void gzippedJsonArray() throws IOException {
    Path file = gzip("liste.json.gz", "[{\"text\": \"Eins.\"}, {\"text\": \"Zwei.\"}]");
    assertThat(read(file).articles()).extracting(Article::text).containsExactly("Eins.", "Zwei.");
  }

  @Test
  void brokenJsonFileIsRejectedWithThePosition() throws IOException {
    Path file = write("kaputt.json", "{\n  \"text\": \"Hallo\",\n  \"title\": \n}");
    assertThat(reasonOf(read(file))).startsWith("invalid JSON at line 4, column 1: ");
  }

  @Test
  void singleJsonObjectTakesTheFileNameAsId() throws IOException {
    Path file = write("einzeln.json", "{\"text\": \"Einzelner Artikel.\", \"date\": \"4.3.2021\"}");
    Article article = only(read(file));
    assertThat(article.id()).isEqualTo("einzeln");
    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.published()).isEqualTo("2021-03-04");
  }

  @Test
  void overlongJsonLineIsRejectedAndReadingGoesOn() throws IOException {
    Path file =
        write(
            "lang.jsonl",
            "{\"text\": \"" + "y".repeat(5_000) + "\"}\n{\"id\": \"kurz\", \"text\": \"Kurz.\"}\n");
    ArticleReader small = new ArticleReader(new IngestOptions(1_000, 10_000));
    IngestResult result = small.readAll(List.of(file));
    assertThat(result.articles()).extracting(Article::id).containsExactly("kurz");
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(
                file + "#1",
                "line 1: record is 5,012 characters, over the limit of 1,000 (maxFileBytes)"));
  }

  // ---- ids and duplicates ----

  @Test
  void duplicateIdsWithDifferentTextGetSuffixesAndIdenticalTextsAreRejected() throws IOException {
    Path file =
        write(
            "dubletten.jsonl",
            """
            {"id": "x", "text": "Erster Text."}
            {"id": "x", "text": "Zweiter Text."}
            {"id": "x", "text": "Dritter Text."}
            {"id": "y", "text": "  Erster Text.\\n"}
            {"id": "x~2", "text": "Vierter Text."}
            """);

    IngestResult result = read(file);

    assertThat(result.articles())
        .extracting(Article::id)
        .containsExactly("x", "x~2", "x~3", "x~2~2");
    assertThat(result.rejected())
        .containsExactly(new Rejection(file + "#4", "line 4: duplicate of x (identical text)"));
  }

  @Test
  void sameFileTwiceIsADuplicate() throws IOException {
    Path file = write("a.txt", GERMAN);
    Path copy = write("b.txt", GERMAN + "\n");
    IngestResult result = read(file, copy);
    assertThat(result.articles()).extracting(Article::id).containsExactly("a");
    assertThat(result.rejected())
        .containsExactly(new Rejection(copy.toString(), "duplicate of a (identical text)"));
  }

  // ---- folders ----

  @Test
  void foldersAreReadRecursivelyInSortedOrder() throws IOException {
    write("korpus/b.txt", "Text B.");
    write("korpus/a.md", "Text A.");
    write("korpus/unter/c.jsonl", "{\"id\": \"c1\", \"text\": \"Text C1.\"}\n");
    write("korpus/unter/tiefer/d.html", "<p>Text D.</p>");
    write("korpus/bericht.pdf", "%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1));
    write("korpus/.versteckt.txt", "Wird übersprungen.");
    write("korpus/.git/config.txt", "Wird übersprungen.");
    write("korpus/LIESMICH", "Ohne Endung.");

    IngestResult result = read(dir.resolve("korpus"));

    assertThat(result.articles())
        .extracting(Article::id, Article::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "Text A."),
            org.assertj.core.groups.Tuple.tuple("b", "Text B."),
            org.assertj.core.groups.Tuple.tuple("c1", "Text C1."),
            org.assertj.core.groups.Tuple.tuple("d", "Text D."));
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(
                dir.resolve("korpus/LIESMICH").toString(), "unsupported file type (no extension)"),
            new Rejection(
                dir.resolve("korpus/bericht.pdf").toString(), "unsupported file type .pdf"));
  }

  @Test
  void streamingSinkSeesArticlesAndRejectionsInInputOrder() throws IOException {
    Path a = write("1.txt", "Eins.");
    Path b = write("2.txt", "");
    Path c = write("3.txt", "Drei.");
    List<String> events = new ArrayList<>();
    reader.read(
        List.of(a, b, c),
        new IngestSink() {
          @Override
          public void article(Article article) {
            events.add("article " + article.id());
          }

          @Override
          public void rejected(Rejection rejection) {
            events.add("rejected " + rejection.source());
          }
        });
    assertThat(events).containsExactly("article 1", "rejected " + b, "article 3");
  }

  @Test
  void anExceptionFromTheSinkIsTheCallersAndPropagatesUnchanged() throws IOException {
    Path a = write("1.txt", "Eins.");
    IllegalStateException boom = new IllegalStateException("sink full");
    assertThatThrownBy(
            () ->
                reader.read(
                    List.of(a),
                    new IngestSink() {
                      @Override
                      public void article(Article article) {
                        throw boom;
                      }

                      @Override
                      public void rejected(Rejection rejection) {}
                    }))
        .isSameAs(boom);
  }

  @Test
  void invalidOptionsAreAConfigurationError() {
    assertThatThrownBy(() -> new IngestOptions(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IngestOptions(10, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(IngestOptions.defaults().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
  }
}
