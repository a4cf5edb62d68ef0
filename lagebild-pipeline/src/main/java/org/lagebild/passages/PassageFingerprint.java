package org.lagebild.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Sentence;

/**
 * One article reduced to what passage alignment needs: per sentence its span, normalised words
 * (lower-cased letter/digit runs with their offsets), an exact hash and word-trigram shingles.
 * Sentences come from {@link LinguisticStage#SENTENCES}; without them a punctuation splitter is used.
 */
public final class PassageFingerprint {

  /** One sentence: span in the article text, word offsets, exact hash, sorted distinct shingles. */
  record SentencePrint(int start, int end, int[] wordStarts, int[] wordEnds, String[] words,
      long hash, int[] shingles) {}

  final String articleId;
  final String text;
  final List<SentencePrint> sentences;
  final long textHash;
  final int words;

  private PassageFingerprint(String articleId, String text, List<SentencePrint> sentences,
      long textHash, int words) {
    this.articleId = articleId;
    this.text = text;
    this.sentences = sentences;
    this.textHash = textHash;
    this.words = words;
  }

  public String articleId() {
    return articleId;
  }

  /** Sentences long enough to count as passages. */
  public int sentenceCount() {
    return sentences.size();
  }

  /** Fingerprint of an analysed document, skipping sentences of fewer than {@code minWords}. */
  public static PassageFingerprint of(AnnotatedDocument doc, int minWords) {
    List<Sentence> spans = doc.getOrDefault(LinguisticStage.SENTENCES, null);
    return of(doc.id(), doc.text(), spans != null ? spans : splitSentences(doc.text()), minWords);
  }

  /** Fingerprint of raw text with given sentence spans. */
  public static PassageFingerprint of(String id, String text, List<Sentence> spans, int minWords) {
    List<SentencePrint> prints = new ArrayList<>();
    long textHash = 0xcbf29ce484222325L;
    int total = 0;
    for (Sentence s : spans) {
      if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
        continue;
      }
      List<int[]> offsets = new ArrayList<>();
      int start = -1;
      for (int i = s.start(); i <= s.end(); i++) {
        boolean word = i < s.end() && Character.isLetterOrDigit(text.charAt(i));
        if (word && start < 0) {
          start = i;
        } else if (!word && start >= 0) {
          offsets.add(new int[] {start, i});
          start = -1;
        }
      }
      String[] words = new String[offsets.size()];
      long hash = 0xcbf29ce484222325L;
      for (int w = 0; w < words.length; w++) {
        words[w] = text.substring(offsets.get(w)[0], offsets.get(w)[1]).toLowerCase(Locale.ROOT);
        hash = fnv(hash, words[w]);
        textHash = fnv(textHash, words[w]);
      }
      total += words.length;
      if (words.length < minWords) {
        continue;
      }
      int[] ws = new int[words.length];
      int[] we = new int[words.length];
      for (int w = 0; w < words.length; w++) {
        ws[w] = offsets.get(w)[0];
        we[w] = offsets.get(w)[1];
      }
      prints.add(new SentencePrint(s.start(), s.end(), ws, we, words, hash,
          shingles(words)));
    }
    return new PassageFingerprint(id, text, List.copyOf(prints), textHash, total);
  }

  private static long fnv(long h, String word) {
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return (h ^ ' ') * 0x100000001b3L;
  }

  /** Distinct hashes of word trigrams (bigrams for very short sentences), sorted. */
  static int[] shingles(String[] words) {
    int n = words.length >= 3 ? 3 : words.length;
    int[] out = new int[words.length - n + 1];
    for (int i = 0; i + n <= words.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < n; k++) {
        h = fnv(h, words[i + k]);
      }
      out[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(out);
    return Arrays.stream(out).distinct().toArray();
  }

  /**
   * Sentence spans by punctuation: ends at {@code . ! ?} followed by whitespace, or at a line
   * break; for input without linguistic analysis (the benchmark, plain tests).
   */
  public static List<Sentence> splitSentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n'
          || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
              || Character.isWhitespace(text.charAt(i + 1))));
      if (end) {
        add(out, text, start, c == '\n' ? i : i + 1);
        start = i + 1;
      }
    }
    add(out, text, start, text.length());
    return out;
  }

  private static void add(List<Sentence> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end));
    }
  }
}
