package org.lagebild.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Layer;
import org.lagebild.model.Noise;
import org.lagebild.model.Sentence;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * The contract every {@link Stage} keeps, in the manner of Lucene's BaseTokenStreamTestCase: spans
 * stay inside the text, the input document is left unchanged, the same output comes out on four
 * threads as on one, and random and hostile text does not crash it. A stage's test extends this class
 * and supplies the stage, the documents it needs as input, and sample texts.
 */
public abstract class BaseStageTestCase {

  /** The stage under test. */
  protected abstract Stage stage();

  /** Prepares a document with every layer the stage requires (run the earlier stages here). */
  protected abstract AnnotatedDocument prepare(Article article);

  /** Real-looking texts for the stage; hostile and random ones are added by this class. */
  protected List<String> sampleTexts() {
    return List.of(
        "Berlin (dpa) - Bundeskanzler Olaf Scholz traf am Mittwoch in Paris den französischen"
            + " Präsidenten. \"Wir sind uns einig\", sagte er.\n\nDie Gespräche sollen am Freitag"
            + " fortgesetzt werden.");
  }

  protected static List<String> hostileTexts() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add(" ");
    texts.add("\n\n\n");
    texts.add("<script>alert(1)</script> javascript:alert(2) h2 &amp; &#0;");
    texts.add("\u0000\u0001\u0002\uFFFD\uFFFF binary \u0007");
    texts.add("\uD83D\uDE00 Emoji \uD83C\uDDE9\uD83C\uDDEA und getrennte Surrogate \uD800 \uDC00");
    texts.add("İSTANBUL ıi ß SS Straße STRASSE ǅ");
    texts.add("a".repeat(20_000));
    texts.add("„".repeat(100) + "\"".repeat(100) + "»«".repeat(50));
    texts.add("1. 2. 3. 4. 31.12.9999 00.00.0000 2022-13-45 Montag Montag Montag");
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(3000);
      for (int j = 0; j < length; j++) {
        sb.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  private List<String> allTexts() {
    List<String> texts = new ArrayList<>(sampleTexts());
    texts.addAll(hostileTexts());
    return texts;
  }

  @Test
  void spansStayInsideTheText() {
    for (String text : allTexts()) {
      AnnotatedDocument out = stage().process(prepare(Article.of("t", text)));
      for (Layer<?> layer : stage().provides()) {
        assertSpansInside(out.get(layer), text.length(), layer.name());
      }
    }
  }

  @Test
  void inputDocumentIsUnchanged() {
    for (String text : sampleTexts()) {
      AnnotatedDocument in = prepare(Article.of("t", text));
      var layersBefore = List.copyOf(in.layers());
      AnnotatedDocument out = stage().process(in);
      assertThat(in.layers()).containsExactlyInAnyOrderElementsOf(layersBefore);
      assertThat(in.text()).isEqualTo(text);
      assertThat(out.text()).isEqualTo(text);
      assertThat(out.layers()).containsAll(stage().provides());
    }
  }

  @Test
  void sameOutputOnFourThreadsAsOnOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.addAll(sampleTexts());
    }
    List<AnnotatedDocument> inputs = texts.stream().map(t -> prepare(Article.of("t", t))).toList();
    List<String> sequential = new ArrayList<>();
    for (AnnotatedDocument in : inputs) {
      sequential.add(render(stage().process(in)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (AnnotatedDocument in : inputs) {
        futures.add(pool.submit(() -> render(stage().process(in))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("document %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String render(AnnotatedDocument doc) {
    StringBuilder sb = new StringBuilder();
    for (Layer<?> layer : stage().provides()) {
      sb.append(layer.name()).append('=').append(doc.get(layer)).append('\n');
    }
    return sb.toString();
  }

  private static void assertSpansInside(Object value, int length, String layer) {
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        assertSpansInside(item, length, layer);
      }
      return;
    }
    int start;
    int end;
    if (value instanceof Noise n) {
      start = n.start();
      end = n.end();
    } else if (value instanceof Sentence s) {
      start = s.start();
      end = s.end();
    } else if (value instanceof Token t) {
      start = t.start();
      end = t.end();
    } else if (value instanceof EntityMention e) {
      start = e.start();
      end = e.end();
    } else {
      return;
    }
    assertThat(start).as("%s start of %s", layer, value).isBetween(0, length);
    assertThat(end).as("%s end of %s", layer, value).isBetween(start, length);
  }
}
