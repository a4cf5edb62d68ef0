package org.lagebild.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Span;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

/**
 * The story's quotes: each article's {@link QuoteExtractor#QUOTES} with the speaker linked to one of
 * the story's entities (by the mention the speaker was resolved to, else by name), and the versions
 * of one utterance in different articles given one {@code groupId} ({@link QuoteGrouper}). Works with
 * whatever entities the story has, from the baseline aggregation or an entity stage.
 */
public final class QuoteSection implements StorySection {

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    EntityIndex index = new EntityIndex(story.entities());
    List<Quote> quotes = new ArrayList<>();
    for (AnnotatedDocument doc : documents) {
      String text = doc.text();
      for (QuoteMention q : doc.getOrDefault(QuoteExtractor.QUOTES, List.<QuoteMention>of())) {
        if (q.end() > text.length()) {
          continue;
        }
        Quote.Speaker speaker = null;
        if (q.speaker() != null) {
          StoryEntity e = index.find(doc.id(), q.speaker());
          speaker = e != null
              ? new Quote.Speaker(e.id(), e.name())
              : new Quote.Speaker(null, q.speaker().name());
        }
        Quote.Cue cue = null;
        if (q.cue() != null && q.cue().end() <= text.length()) {
          cue = new Quote.Cue(q.cue().start(), q.cue().end(), q.cue().of(text));
        }
        quotes.add(new Quote(story.id() + "-q" + (quotes.size() + 1), doc.id(), q.start(), q.end(),
            q.text(), q.kind(), speaker, cue, null));
      }
    }
    List<QuoteGrouper.Item> items = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      items.add(new QuoteGrouper.Item(q.articleId(), q.text(),
          q.speaker() == null ? null : q.speaker().entityId()));
    }
    int[] groups = QuoteGrouper.group(items);
    Map<Integer, Set<String>> articlesByGroup = new HashMap<>();
    for (int i = 0; i < groups.length; i++) {
      articlesByGroup.computeIfAbsent(groups[i], g -> new HashSet<>()).add(quotes.get(i).articleId());
    }
    Map<Integer, String> groupIds = new HashMap<>();
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String groupId = null;
      if (articlesByGroup.get(groups[i]).size() > 1) {
        groupId = groupIds.computeIfAbsent(groups[i], g -> story.id() + "-g" + (groupIds.size() + 1));
      }
      out.add(new Quote(q.id(), q.articleId(), q.start(), q.end(), q.text(), q.kind(), q.speaker(),
          q.cue(), groupId));
    }
    return story.withQuotes(out);
  }

  /**
   * The story's entities by article mention, by role mention and by folded name word. A speaker given
   * by a role phrase that the entity stage resolved ("der Leiter der Behörde" after "Behördenleiter
   * Erika Muster") and a role with a surname the tagger did not mark as a name ("Bürgermeister Muster")
   * are the person's, so that one person's quotes stand under one entry.
   */
  static final class EntityIndex {
    private final Map<String, List<Object[]>> mentionsByArticle = new HashMap<>();
    private final Map<String, List<Object[]>> roleMentionsByArticle = new HashMap<>();
    private final Map<String, StoryEntity> byName = new HashMap<>();
    private final Map<String, StoryEntity> personBySurname = new HashMap<>();

    EntityIndex(List<StoryEntity> entities) {
      for (StoryEntity e : entities) {
        for (StoryEntity.Mention m : e.mentions()) {
          mentionsByArticle
              .computeIfAbsent(m.articleId(), a -> new ArrayList<>())
              .add(new Object[] {new Span(m.start(), m.end()), e});
        }
        if (e.type().equals("PER")) {
          for (StoryEntity.Mention m : e.roleMentions()) {
            roleMentionsByArticle
                .computeIfAbsent(m.articleId(), a -> new ArrayList<>())
                .add(new Object[] {new Span(m.start(), m.end()), e});
          }
          List<String> names = new ArrayList<>(e.variants());
          names.add(e.name());
          for (String v : names) {
            String last = lastWord(v);
            if (!last.isEmpty()) {
              personBySurname.putIfAbsent(last, e);
            }
          }
        }
      }
      // Entities come most-mentioned first, so a name word goes to the most prominent bearer; people
      // before organisations before places.
      for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
        for (StoryEntity e : entities) {
          if (!e.type().equals(type)) {
            continue;
          }
          List<String> names = new ArrayList<>(e.variants());
          names.add(e.name());
          for (String v : names) {
            byName.putIfAbsent(fold(v), e);
            String last = lastWord(v);
            if (!last.isEmpty()) {
              byName.putIfAbsent(last, e);
            }
          }
        }
      }
    }

    StoryEntity find(String articleId, QuoteMention.Speaker speaker) {
      if (speaker.mention() != null) {
        StoryEntity best = null;
        int bestOverlap = 0;
        for (Object[] m : mentionsByArticle.getOrDefault(articleId, List.of())) {
          Span s = (Span) m[0];
          int overlap = Math.min(s.end(), speaker.mention().end()) - Math.max(s.start(), speaker.mention().start());
          if (overlap > bestOverlap) {
            best = (StoryEntity) m[1];
            bestOverlap = overlap;
          }
        }
        if (best != null) {
          return best;
        }
        StoryEntity named = byName.get(fold(speaker.name()));
        if (named == null) {
          named = byName.get(lastWord(speaker.name()));
        }
        return named;
      }
      Span phrase = speaker.phrase();
      if (phrase != null) {
        StoryEntity byRole = overlapping(roleMentionsByArticle.getOrDefault(articleId, List.of()), phrase);
        if (byRole != null) {
          return byRole;
        }
      }
      String[] words = speaker.name().strip().split("\\s+");
      String last = words[words.length - 1];
      if (words.length >= 2 && !last.isEmpty() && Character.isUpperCase(last.charAt(0))
          && Character.isUpperCase(words[0].charAt(0))) {
        // "US-Minister Muster": a role noun and a capitalised word after it; the word is the surname
        // when a person of the story bears it. A description ("ein Sprecher der Behörde") starts small.
        return personBySurname.get(lastWord(last));
      }
      return null;
    }

    private static StoryEntity overlapping(List<Object[]> mentions, Span span) {
      StoryEntity best = null;
      int bestOverlap = 0;
      for (Object[] m : mentions) {
        Span s = (Span) m[0];
        int overlap = Math.min(s.end(), span.end()) - Math.max(s.start(), span.start());
        if (overlap > bestOverlap) {
          best = (StoryEntity) m[1];
          bestOverlap = overlap;
        }
      }
      return best;
    }

    private static String lastWord(String name) {
      String[] words = fold(name).split(" ");
      String last = words[words.length - 1];
      return last.length() >= 3 ? last : "";
    }

    static String fold(String s) {
      String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
      String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      plain = plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      // A genitive -s ("Hansens") is dropped so that inflected names meet their base form.
      return plain.endsWith("s") && plain.length() > 4 ? plain.substring(0, plain.length() - 1) : plain;
    }
  }
}
