package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Token;

/**
 * Invented sentences tokenised the way the German analyzer does (hyphens and punctuation are tokens
 * of their own, "NATO-Generalsekretär" is three tokens), with tags from a small table: capitalised
 * words PROPN unless listed, lower-case words X unless listed, punctuation PUNCT. Mentions are given
 * as the tagger would have returned them.
 */
final class TaggedText {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();

  TaggedText(String text, Map<String, String> tags) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = tags.get(w);
      if (pos == null) {
        if (!Character.isLetterOrDigit(w.codePointAt(0))) {
          pos = "PUNCT";
        } else if (Character.isDigit(w.codePointAt(0))) {
          pos = "NUM";
        } else {
          pos = Character.isUpperCase(w.codePointAt(0)) ? "PROPN" : "X";
        }
      }
      tokens.add(new Token(m.start(), m.end(), w, pos, w, 0));
    }
  }

  static TaggedText of(String text, String... wordTagPairs) {
    Map<String, String> tags = new java.util.HashMap<>();
    for (int i = 0; i + 1 < wordTagPairs.length; i += 2) {
      tags.put(wordTagPairs[i], wordTagPairs[i + 1]);
    }
    return new TaggedText(text, tags);
  }

  /** The tagger's mention: the {@code occurrence}-th (from 0) appearance of {@code surface}. */
  TaggedText tag(String surface, String type, int occurrence) {
    int at = -1;
    for (int k = 0; k <= occurrence; k++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(surface + " not found in " + text);
      }
    }
    mentions.add(new EntityMention(at, at + surface.length(), surface, type));
    return this;
  }

  TaggedText tag(String surface, String type) {
    return tag(surface, type, 0);
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<EntityMention> mentions() {
    mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return mentions;
  }

  GermanEntityRefiner.Refinement refine() {
    return GermanEntityRefiner.refine(text, tokens, mentions());
  }

  AnnotatedDocument document(String id) {
    return AnnotatedDocument.of(Article.of(id, text))
        .with(LinguisticStage.TOKENS, tokens)
        .with(LinguisticStage.ENTITIES, mentions());
  }

  /** "type:text" of each mention, for compact assertions. */
  static List<String> render(List<EntityMention> mentions) {
    return mentions.stream().map(m -> m.type() + ":" + m.text()).toList();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
