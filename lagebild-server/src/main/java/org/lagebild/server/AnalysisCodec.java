package org.lagebild.server;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.time.LocalTime;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.entities.PersonRole;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Layer;
import org.lagebild.model.Noise;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;
import org.lagebild.quotes.QuoteExtractor;
import org.lagebild.quotes.QuoteMention;
import org.lagebild.stories.TermVectorStage;
import org.lagebild.time.DateEvidence;
import org.lagebild.time.PublicationDateInferrer;
import org.lagebild.time.TimexCandidate;
import org.lagebild.time.TimexStage;

/**
 * Turns an analysed document into bytes for the store and back: the article plus every annotation
 * layer, as gzipped JSON keyed by layer name. Layers are typed constants, so each one the pipeline
 * can produce is listed here with its value type; a document carrying a layer not listed is not
 * encoded (it is analysed again after a restart rather than restored half).
 */
public final class AnalysisCodec {

  /** Bump when a layer's value type changes: stored analyses of another format are ignored. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .registerModule(isoDatesAndTimes());

  private final Map<String, Entry> byName = new LinkedHashMap<>();

  private record Entry(Layer<?> layer, JavaType type) {}

  public AnalysisCodec() {
    TypeFactory t = JSON.getTypeFactory();
    add(NoiseDetector.NOISE, t.constructCollectionType(List.class, Noise.class));
    add(LanguageIdentifier.LANGUAGE, t.constructType(LanguageGuess.class));
    add(PublicationDateInferrer.PUBLISHED, t.constructType(PublicationDate.class));
    add(PublicationDateInferrer.DATE_EVIDENCE, t.constructType(DateEvidence.class));
    add(LinguisticStage.SENTENCES, t.constructCollectionType(List.class, Sentence.class));
    add(LinguisticStage.TOKENS, t.constructCollectionType(List.class, Token.class));
    add(LinguisticStage.ENTITIES, t.constructCollectionType(List.class, EntityMention.class));
    add(LinguisticStage.TOKEN_COUNT, t.constructType(Integer.class));
    add(GermanEntityRefiner.ENTITIES, t.constructCollectionType(List.class, EntityMention.class));
    add(GermanEntityRefiner.NAME_PARTS, t.constructCollectionType(List.class, EntityMention.class));
    add(GermanEntityRefiner.DERIVED, t.constructCollectionType(List.class, EntityMention.class));
    add(GermanEntityRefiner.ROLES, t.constructCollectionType(List.class, PersonRole.class));
    add(TimexStage.TIMEXES, t.constructCollectionType(List.class, TimexCandidate.class));
    add(TimexStage.EVENTS, t.constructCollectionType(List.class, TimexStage.EventCandidate.class));
    add(TermVectorStage.TERMS, t.constructMapType(LinkedHashMap.class, String.class, Integer.class));
    add(QuoteExtractor.QUOTES, t.constructCollectionType(List.class, QuoteMention.class));
  }

  /** Dates and times as ISO text (the evidence records hold {@code LocalDate} and {@code LocalTime}). */
  private static SimpleModule isoDatesAndTimes() {
    SimpleModule m = new SimpleModule("lagebild-iso-time");
    m.addSerializer(LocalDate.class, ToStringSerializer.instance);
    m.addSerializer(LocalTime.class, ToStringSerializer.instance);
    m.addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
      @Override
      protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
        return LocalDate.parse(value);
      }
    });
    m.addDeserializer(LocalTime.class, new FromStringDeserializer<LocalTime>(LocalTime.class) {
      @Override
      protected LocalTime _deserialize(String value, DeserializationContext ctxt) {
        return LocalTime.parse(value);
      }
    });
    return m;
  }

  private void add(Layer<?> layer, JavaType type) {
    byName.put(layer.name(), new Entry(layer, type));
  }

  /** The encoded document, or empty when it carries a layer this codec does not know. */
  public Optional<byte[]> encode(AnnotatedDocument doc) {
    ObjectNode root = JSON.createObjectNode();
    try {
      root.set("article", JSON.valueToTree(doc.article()));
      ObjectNode layers = root.putObject("layers");
      for (Layer<?> layer : doc.layers()) {
        Entry e = byName.get(layer.name());
        if (e == null || e.layer() != layer) {
          return Optional.empty();
        }
        layers.set(layer.name(), JSON.valueToTree(doc.get(layer)));
      }
    } catch (IllegalArgumentException e) {
      // A value type Jackson cannot write: a codec bug, so say it, and analyse again after a restart.
      System.err.println("lagebild: analysis of " + doc.id() + " not stored: " + e.getMessage());
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      JSON.writeValue(gz, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(bytes.toByteArray());
  }

  /** The document back; empty when the bytes do not decode (then the article is analysed again). */
  public Optional<AnnotatedDocument> decode(byte[] data) {
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(data))) {
      JsonNode root = JSON.readTree(gz);
      AnnotatedDocument doc =
          AnnotatedDocument.of(JSON.treeToValue(root.get("article"), Article.class));
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("layers").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Entry e = byName.get(field.getKey());
        if (e == null) {
          return Optional.empty();
        }
        doc = put(doc, e.layer(), JSON.treeToValue(field.getValue(), e.type()));
      }
      return Optional.of(doc);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> AnnotatedDocument put(AnnotatedDocument doc, Layer<T> layer, Object value) {
    return doc.with(layer, (T) value);
  }
}
