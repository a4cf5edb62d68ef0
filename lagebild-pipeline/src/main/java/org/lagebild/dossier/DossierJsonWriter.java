package org.lagebild.dossier;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lagebild.model.Noise;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.ArticleCopy;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.Timex;
import org.lagebild.model.dossier.TimelineEntry;

/**
 * Writes {@code dossier.json} with Jackson's streaming generator, one record at a time, so a run of
 * tens of thousands of articles never builds a JSON tree. Field names are spelt out here, one per
 * line, because they are the output contract; absent optional values are written as {@code null}
 * so that every contract field is present.
 */
public final class DossierJsonWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  public void write(Dossier dossier, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(dossier, out);
    }
  }

  public void write(Dossier dossier, OutputStream out) throws IOException {
    write(dossier.schema(), dossier.generated(), dossier.articles(), dossier.rejected(),
        dossier.stories(), out);
  }

  /**
   * Streams a dossier from iterables, so callers can convert articles lazily while writing. The
   * stream is flushed, not closed.
   */
  public void write(
      String schema,
      Dossier.Generated generated,
      Iterable<DossierArticle> articles,
      Iterable<Rejection> rejected,
      Iterable<Story> stories,
      OutputStream out)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      str(g, "schema", schema);
      if (generated != null) {
        g.writeObjectFieldStart("generated");
        str(g, "generator", generated.generator());
        str(g, "createdAt", generated.createdAt());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("articles");
      for (DossierArticle a : articles) {
        article(g, a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rejected");
      for (Rejection r : rejected) {
        g.writeStartObject();
        str(g, "source", r.source());
        str(g, "reason", r.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (Story s : stories) {
        story(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }
  }

  private static void article(JsonGenerator g, DossierArticle a) throws IOException {
    g.writeStartObject();
    str(g, "id", a.id());
    str(g, "source", a.source());
    str(g, "title", a.title());
    str(g, "outlet", a.outlet());
    str(g, "url", a.url());
    str(g, "language", a.language());
    if (a.languageConfidence() != null) {
      g.writeNumberField("languageConfidence", a.languageConfidence());
    }
    str(g, "published", a.published());
    str(g, "publishedBasis", a.publishedBasis());
    if (a.tokenCount() != null) {
      g.writeNumberField("tokenCount", a.tokenCount());
    }
    if (a.sentenceCount() != null) {
      g.writeNumberField("sentenceCount", a.sentenceCount());
    }
    str(g, "text", a.text());
    g.writeArrayFieldStart("noise");
    for (Noise n : a.noise()) {
      g.writeStartObject();
      g.writeNumberField("start", n.start());
      g.writeNumberField("end", n.end());
      str(g, "kind", n.kind());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private static void story(JsonGenerator g, Story s) throws IOException {
    g.writeStartObject();
    str(g, "id", s.id());
    str(g, "title", s.title());
    g.writeArrayFieldStart("articleIds");
    for (String id : s.articleIds()) {
      g.writeString(safe(id));
    }
    g.writeEndArray();

    g.writeArrayFieldStart("summary");
    for (SummarySentence sentence : s.summary()) {
      g.writeStartObject();
      str(g, "text", sentence.text());
      citations(g, "citations", sentence.citations());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("entities");
    for (StoryEntity e : s.entities()) {
      g.writeStartObject();
      str(g, "id", e.id());
      str(g, "name", e.name());
      str(g, "type", e.type());
      strings(g, "variants", e.variants());
      strings(g, "roles", e.roles());
      entityMentions(g, "mentions", e.mentions());
      if (!e.variantCounts().isEmpty()) {
        g.writeArrayFieldStart("variantCounts");
        for (StoryEntity.VariantCount v : e.variantCounts()) {
          g.writeStartObject();
          str(g, "text", v.text());
          g.writeNumberField("count", v.count());
          g.writeObjectFieldStart("outlets");
          for (Map.Entry<String, Integer> o : v.outlets().entrySet()) {
            g.writeNumberField(o.getKey(), o.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!e.derived().isEmpty()) {
        entityMentions(g, "derived", e.derived());
      }
      if (!e.roleMentions().isEmpty()) {
        entityMentions(g, "roleMentions", e.roleMentions());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("quotes");
    for (Quote q : s.quotes()) {
      g.writeStartObject();
      str(g, "id", q.id());
      str(g, "articleId", q.articleId());
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      str(g, "text", q.text());
      str(g, "kind", q.kind());
      if (q.speaker() == null) {
        g.writeNullField("speaker");
      } else {
        g.writeObjectFieldStart("speaker");
        str(g, "entityId", q.speaker().entityId());
        str(g, "name", q.speaker().name());
        g.writeEndObject();
      }
      if (q.cue() == null) {
        g.writeNullField("cue");
      } else {
        g.writeObjectFieldStart("cue");
        g.writeNumberField("start", q.cue().start());
        g.writeNumberField("end", q.cue().end());
        str(g, "text", q.cue().text());
        g.writeEndObject();
      }
      str(g, "groupId", q.groupId());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("timexes");
    for (Timex t : s.timexes()) {
      g.writeStartObject();
      str(g, "articleId", t.articleId());
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      str(g, "text", t.text());
      str(g, "type", t.type());
      str(g, "value", t.value());
      str(g, "anchor", t.anchor());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("timeline");
    for (TimelineEntry t : s.timeline()) {
      g.writeStartObject();
      str(g, "date", t.date());
      str(g, "description", t.description());
      strings(g, "participants", t.participants());
      str(g, "place", t.place());
      citations(g, "sources", t.sources());
      str(g, "kind", t.kind());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("sharedPassages");
    for (SharedPassage p : s.sharedPassages()) {
      g.writeStartObject();
      g.writeFieldName("a");
      citation(g, p.a());
      g.writeFieldName("b");
      citation(g, p.b());
      g.writeNumberField("similarity", p.similarity());
      if (p.kind() != null) {
        str(g, "kind", p.kind());
      }
      if (p.carriesMore() != null) {
        str(g, "carriesMore", p.carriesMore());
      }
      if (!p.edits().isEmpty()) {
        g.writeArrayFieldStart("edits");
        for (SharedPassage.Edit e : p.edits()) {
          g.writeStartObject();
          g.writeNumberField("aStart", e.aStart());
          g.writeNumberField("aEnd", e.aEnd());
          str(g, "aText", e.aText());
          g.writeNumberField("bStart", e.bStart());
          g.writeNumberField("bEnd", e.bEnd());
          str(g, "bText", e.bText());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("discrepancies");
    for (Discrepancy d : s.discrepancies()) {
      g.writeStartObject();
      str(g, "topic", d.topic());
      str(g, "kind", d.kind());
      g.writeArrayFieldStart("versions");
      for (Discrepancy.Version v : d.versions()) {
        g.writeStartObject();
        str(g, "articleId", v.articleId());
        g.writeNumberField("start", v.start());
        g.writeNumberField("end", v.end());
        str(g, "text", v.text());
        str(g, "value", v.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!s.copies().isEmpty()) {
      g.writeArrayFieldStart("copies");
      for (ArticleCopy c : s.copies()) {
        g.writeStartObject();
        str(g, "articleId", c.articleId());
        str(g, "duplicateOf", c.duplicateOf());
        str(g, "kind", c.kind());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!s.places().isEmpty()) {
      g.writeArrayFieldStart("places");
      for (PlaceLink p : s.places()) {
        g.writeStartObject();
        str(g, "entityId", p.entityId());
        str(g, "kind", p.kind());
        str(g, "country", p.country());
        if (p.geonamesId() > 0) {
          g.writeNumberField("geonamesId", p.geonamesId());
        }
        str(g, "name", p.name());
        g.writeNumberField("latitude", Math.round(p.latitude() * 1e4) / 1e4);
        g.writeNumberField("longitude", Math.round(p.longitude() * 1e4) / 1e4);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(safe(v));
    }
    g.writeEndArray();
  }

  private static void citations(JsonGenerator g, String field, List<Citation> citations)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Citation c : citations) {
      citation(g, c);
    }
    g.writeEndArray();
  }

  private static void citation(JsonGenerator g, Citation c) throws IOException {
    g.writeStartObject();
    str(g, "articleId", c.articleId());
    g.writeNumberField("start", c.start());
    g.writeNumberField("end", c.end());
    g.writeEndObject();
  }

  private static void entityMentions(JsonGenerator g, String field, List<StoryEntity.Mention> mentions)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (StoryEntity.Mention m : mentions) {
      g.writeStartObject();
      str(g, "articleId", m.articleId());
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      str(g, "text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void str(JsonGenerator g, String field, String value) throws IOException {
    g.writeStringField(field, safe(value));
  }

  /**
   * Replaces unpaired surrogates, which UTF-8 cannot encode, by U+FFFD: one char for one, so every
   * offset into the text stays valid.
   */
  static String safe(String s) {
    if (s == null) {
      return null;
    }
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? s : new String(chars);
  }
}
