package org.lagebild.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.StoryEntity;

/**
 * One sense per story: a name tagged in some of a story's articles is a mention wherever it is
 * written in the others, even where that article's tagger missed it ("Bach" is also a German
 * noun). Only names the story tagged at least twice, only capitalised whole words not at the start
 * of a sentence (where any word is capitalised), and never inside another mention. A person's
 * surname counts on its own; a first name followed by the surname becomes one mention. A name
 * that opens a hyphen compound is a mention too ("Brenner-Plan", "EU-Gipfel"), and two-letter
 * acronyms count ("EU").
 */
final class StoryRecall {

  private StoryRecall() {}

  private static final int MIN_MENTIONS = 2;
  private static final int MIN_LENGTH = 3;

  static List<StoryEntity> apply(List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    // Surface to entity index: full variants of every entity, surnames of persons.
    Map<String, Integer> surfaces = new LinkedHashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (e.mentions().size() < (e.type().equals("ORG") ? 1 : MIN_MENTIONS) || e.type().equals("MISC")) {
        continue;
      }
      for (String v : e.variants()) {
        register(surfaces, v, i);
        List<String> words = NameKeys.words(v);
        if (e.type().equals("PER") && words.size() >= 2) {
          register(surfaces, words.getLast(), i);
        }
      }
    }
    // A surface claimed by two entities is ambiguous and left alone.
    surfaces.values().removeIf(i -> i < 0);
    if (surfaces.isEmpty()) {
      return entities;
    }
    // A person's name opens sentences too, unless the story writes it as an ordinary word
    // ("Kurz" for "kurz"): checked against the lower-case words of the story's texts.
    java.util.Set<Integer> persons = new java.util.HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).type().equals("PER")) {
        persons.add(i);
      }
    }
    java.util.Set<String> lowerCased = new java.util.HashSet<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        for (String w : doc.text().split("[^\\p{L}]+")) {
          if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
            lowerCased.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
          }
        }
      }
    }
    List<List<StoryEntity.Mention>> mentions = new ArrayList<>();
    for (StoryEntity e : entities) {
      mentions.add(new ArrayList<>(e.mentions()));
    }
    boolean changed = false;
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      boolean[] covered = new boolean[text.length() + 1];
      for (StoryEntity e : entities) {
        for (StoryEntity.Mention m : e.mentions()) {
          if (m.articleId().equals(doc.id()) && m.end() <= text.length()) {
            for (int k = m.start(); k < m.end(); k++) {
              covered[k] = true;
            }
          }
        }
      }
      // Longer surfaces first, so "Erika Mustermann" wins over "Mustermann".
      List<String> ordered = new ArrayList<>(surfaces.keySet());
      ordered.sort(Comparator.comparingInt(String::length).reversed());
      for (String surface : ordered) {
        int target = surfaces.get(surface);
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          int end = at + surface.length();
          if (end < text.length() && text.charAt(end) == 's' && !coveredAny(covered, at, end + 1)
              && wordEndsAt(text, end + 1)) {
            end++; // the genitive "Mustermanns"
          }
          boolean compound = opensCompound(text, end);
          if (!wordStartsAt(text, at) || !(wordEndsAt(text, end) || compound)
              || coveredAny(covered, at, end)
              // Any word is capitalised at a sentence start; an acronym before a hyphen still names.
              || sentenceStart(text, at) && !(compound && NameKeys.isAcronym(surface))
                  && !(persons.contains(target) && !lowerCased.contains(surface))) {
            continue;
          }
          mentions
              .get(target)
              .add(new StoryEntity.Mention(doc.id(), at, end, text.substring(at, end)));
          for (int k = at; k < end; k++) {
            covered[k] = true;
          }
          changed = true;
        }
      }
    }
    if (!changed) {
      return entities;
    }
    Map<String, Integer> articleOrder = articleOrder(documents);
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (mentions.get(i).size() == e.mentions().size()) {
        out.add(e);
        continue;
      }
      List<StoryEntity.Mention> joined = joinAdjacent(mentions.get(i), documents, articleOrder);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (StoryEntity.Mention m : joined) {
        counts.merge(m.text().replaceAll("\\s+", " ").strip(), 1, Integer::sum);
      }
      List<String> variants = new ArrayList<>(counts.keySet());
      variants.sort(Comparator.comparingInt(v -> -counts.get(v)));
      out.add(new StoryEntity(e.id(), e.name(), e.type(), variants, e.roles(), joined));
    }
    return out;
  }

  private static void register(Map<String, Integer> surfaces, String surface, int entity) {
    String s = surface.strip();
    if (s.length() < (NameKeys.isAcronym(s) ? 2 : MIN_LENGTH)
        || !Character.isUpperCase(s.codePointAt(0))) {
      return;
    }
    Integer previous = surfaces.putIfAbsent(s, entity);
    if (previous != null && previous != entity) {
      surfaces.put(s, -1);
    }
  }

  /** Mentions in text order; two of one entity one space apart become one ("Erika Mustermann"). */
  private static List<StoryEntity.Mention> joinAdjacent(
      List<StoryEntity.Mention> mentions,
      List<AnnotatedDocument> documents,
      Map<String, Integer> articleOrder) {
    Map<String, String> texts = new HashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        texts.putIfAbsent(doc.id(), doc.text());
      }
    }
    List<StoryEntity.Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(
        StoryEntity.Mention.inArticleOrder(articleOrder));
    List<StoryEntity.Mention> out = new ArrayList<>(sorted.size());
    for (StoryEntity.Mention m : sorted) {
      StoryEntity.Mention previous = out.isEmpty() ? null : out.getLast();
      if (previous != null && previous.articleId().equals(m.articleId())
          && m.start() == previous.end() + 1
          && texts.get(m.articleId()).charAt(previous.end()) == ' ') {
        String text = texts.get(m.articleId());
        out.set(out.size() - 1, new StoryEntity.Mention(
            m.articleId(), previous.start(), m.end(), text.substring(previous.start(), m.end())));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean coveredAny(boolean[] covered, int from, int to) {
    for (int k = from; k < to && k < covered.length; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hyphen and a capitalised word part follow: "EU-Gipfel", not "EU-weit". */
  private static boolean opensCompound(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2011')
        && Character.isUpperCase(text.charAt(end + 1));
  }

  private static boolean wordStartsAt(String text, int at) {
    return at == 0 || !isWordChar(text.charAt(at - 1));
  }

  private static boolean wordEndsAt(String text, int end) {
    return end >= text.length() || !isWordChar(text.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\u2011';
  }

  /** Whether only spaces, quotes or brackets lie between {@code at} and an earlier sentence end. */
  private static boolean sentenceStart(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
        return true;
      }
      if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
        return false;
      }
    }
    return true;
  }

  /** Each article's position in the story, to sort mentions by article, then by offset. */
  static Map<String, Integer> articleOrder(List<AnnotatedDocument> documents) {
    Map<String, Integer> order = new HashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        order.putIfAbsent(doc.id(), order.size());
      }
    }
    return order;
  }
}
