package org.lagebild.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.EntityCanonicalizer;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticAnalyzer;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.EntityMention;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Pipeline;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;
import org.lagebild.quotes.QuoteExtractor;
import org.lagebild.quotes.QuoteSection;
import org.lagebild.stories.TermVectorStage;
import org.lagebild.summary.ExtractiveSummarizer;
import org.lagebild.time.PublicationDateInferrer;
import org.lagebild.time.TimelineSection;
import org.lagebild.time.TimexStage;

/**
 * The real stages and story sections around a regex stand-in for the German models, so server
 * tests analyse hundreds of articles in seconds: sentences end at . ! ?, runs of two or more
 * capitalised words inside a sentence are persons.
 */
final class FastAnalysis {

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\-]*|\\p{N}+|\\S");

  private FastAnalysis() {}

  static StoryAnalysis create() {
    Pipeline pipeline =
        Pipeline.of(
            new NoiseDetector(),
            new LanguageIdentifier(text -> new LanguageGuess("de", 0.9, "detected")),
            new PublicationDateInferrer(),
            new LinguisticStage(List.of(new RegexAnalyzer())),
            new TimexStage(),
            new TermVectorStage(),
            new QuoteExtractor());
    return new StoryAnalysis(
        pipeline,
        List.of(new EntityCanonicalizer(), new QuoteSection(), new TimelineSection(),
            new ExtractiveSummarizer()));
  }

  /**
   * Only what grouping reads (debris and publication date, regex sentences and names, term vectors) and the
   * entity section: for the crash test at scale, which is about storage and grouping, not analysis.
   */
  static StoryAnalysis minimal() {
    Pipeline pipeline =
        Pipeline.of(
            new NoiseDetector(),
            new LanguageIdentifier(text -> new LanguageGuess("de", 0.9, "detected")),
            new PublicationDateInferrer(),
            new LinguisticStage(List.of(new RegexAnalyzer())),
            new TermVectorStage());
    return new StoryAnalysis(pipeline, List.of(new EntityCanonicalizer()));
  }

  static final class RegexAnalyzer implements LinguisticAnalyzer {
    @Override
    public String language() {
      return "de";
    }

    @Override
    public Result analyze(String text) {
      List<Sentence> sentences = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      List<EntityMention> entities = new ArrayList<>();
      Matcher m = TOKEN.matcher(text);
      int sentence = 0;
      int sentenceStart = -1;
      int lastEnd = 0;
      boolean first = true;
      int runStart = -1;
      int runEnd = -1;
      int runLength = 0;
      while (m.find()) {
        String t = m.group();
        if (sentenceStart < 0) {
          sentenceStart = m.start();
        }
        boolean capital = Character.isUpperCase(t.charAt(0)) && t.length() > 1;
        boolean end = t.equals(".") || t.equals("!") || t.equals("?");
        String pos = end || t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) ? "PUNCT"
            : Character.isDigit(t.charAt(0)) ? "NUM" : capital && !first ? "PROPN" : "NOUN";
        tokens.add(new Token(m.start(), m.end(), t, pos, t.toLowerCase(java.util.Locale.ROOT), sentence));
        if (capital && !first) {
          if (runLength == 0) {
            runStart = m.start();
          }
          runEnd = m.end();
          runLength++;
        } else {
          if (runLength >= 2) {
            entities.add(new EntityMention(runStart, runEnd, text.substring(runStart, runEnd), "PER"));
          }
          runLength = 0;
        }
        first = false;
        lastEnd = m.end();
        if (end) {
          sentences.add(new Sentence(sentenceStart, lastEnd));
          sentenceStart = -1;
          sentence++;
          first = true;
        }
      }
      if (runLength >= 2) {
        entities.add(new EntityMention(runStart, runEnd, text.substring(runStart, runEnd), "PER"));
      }
      if (sentenceStart >= 0) {
        sentences.add(new Sentence(sentenceStart, lastEnd));
      }
      return new Result(sentences, tokens, entities);
    }
  }
}
