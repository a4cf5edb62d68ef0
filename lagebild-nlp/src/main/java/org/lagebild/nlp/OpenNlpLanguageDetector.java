package org.lagebild.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.lagebild.language.LanguageDetector;
import org.lagebild.model.LanguageGuess;

/**
 * Language detection with Apache OpenNLP's langdetect model (103 languages, character n-grams),
 * loaded once from the {@code opennlp-models-langdetect} jar on the classpath. The model is shared;
 * {@link LanguageDetectorME} is not documented thread-safe, so each thread gets its own instance.
 * OpenNLP answers in ISO 639-3; common languages are mapped to ISO 639-1, others keep their code.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

  /** Resource name of the model inside opennlp-models-langdetect 1.3.0. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** Fewer letters than this give {@code und}: a name or a number says nothing about language. */
  static final int MIN_LETTERS = 12;

  /** Longer texts are judged on their beginning; the language rarely changes after 5,000 chars. */
  static final int MAX_CHARS = 5_000;

  private static final Map<String, String> ISO_639_1 =
      Map.ofEntries(
          Map.entry("deu", "de"), Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("ita", "it"),
          Map.entry("nld", "nl"), Map.entry("spa", "es"), Map.entry("pol", "pl"), Map.entry("por", "pt"),
          Map.entry("rus", "ru"), Map.entry("ukr", "uk"), Map.entry("bel", "be"), Map.entry("tur", "tr"),
          Map.entry("ara", "ar"), Map.entry("heb", "he"), Map.entry("pes", "fa"), Map.entry("fas", "fa"),
          Map.entry("cmn", "zh"), Map.entry("zho", "zh"), Map.entry("jpn", "ja"), Map.entry("kor", "ko"),
          Map.entry("swe", "sv"), Map.entry("dan", "da"), Map.entry("nob", "nb"), Map.entry("nno", "nn"),
          Map.entry("nor", "no"), Map.entry("fin", "fi"), Map.entry("isl", "is"), Map.entry("ces", "cs"),
          Map.entry("slk", "sk"), Map.entry("slv", "sl"), Map.entry("hrv", "hr"), Map.entry("srp", "sr"),
          Map.entry("bos", "bs"), Map.entry("bul", "bg"), Map.entry("mkd", "mk"), Map.entry("ron", "ro"),
          Map.entry("hun", "hu"), Map.entry("ell", "el"), Map.entry("lit", "lt"), Map.entry("lav", "lv"),
          Map.entry("lvs", "lv"), Map.entry("est", "et"), Map.entry("ekk", "et"), Map.entry("ltz", "lb"),
          Map.entry("cat", "ca"), Map.entry("eus", "eu"), Map.entry("glg", "gl"), Map.entry("gle", "ga"),
          Map.entry("cym", "cy"), Map.entry("afr", "af"), Map.entry("sqi", "sq"), Map.entry("als", "sq"),
          Map.entry("hin", "hi"), Map.entry("urd", "ur"), Map.entry("ben", "bn"), Map.entry("vie", "vi"),
          Map.entry("tha", "th"), Map.entry("ind", "id"), Map.entry("msa", "ms"), Map.entry("zsm", "ms"),
          Map.entry("swa", "sw"), Map.entry("swh", "sw"), Map.entry("kat", "ka"), Map.entry("hye", "hy"),
          Map.entry("aze", "az"), Map.entry("kaz", "kk"), Map.entry("uzb", "uz"), Map.entry("tgl", "tl"),
          Map.entry("epo", "eo"), Map.entry("lat", "la"));

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detectors;

  /** Loads the model from the classpath; fails at start-up when the model jar is missing. */
  public OpenNlpLanguageDetector() {
    this(loadModel());
  }

  public OpenNlpLanguageDetector(LanguageDetectorModel model) {
    this.model = model;
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP language model " + MODEL_RESOURCE
                + " not on the classpath: add org.apache.opennlp:opennlp-models-langdetect:1.3.0");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP language model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public LanguageGuess detect(CharSequence text) {
    if (text == null || letters(text) < MIN_LETTERS) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, "detected");
    }
    CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
    Language best = detectors.get().predictLanguage(sample);
    if (best == null || best.getLang() == null) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, "detected");
    }
    double confidence = Math.max(0.0, Math.min(1.0, best.getConfidence()));
    return new LanguageGuess(toIso6391(best.getLang()), confidence, "detected");
  }

  /** ISO 639-1 for the common languages, the ISO 639-3 code otherwise. */
  public static String toIso6391(String iso6393) {
    return ISO_639_1.getOrDefault(iso6393, iso6393);
  }

  private static int letters(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
