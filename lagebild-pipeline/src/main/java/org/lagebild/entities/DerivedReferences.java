package org.lagebild.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.dossier.StoryEntity;

/**
 * Links the words the refiner set apart as derived from names ({@link GermanEntityRefiner#DERIVED}:
 * "russischen", "Berliner", "Japaner") to the story's place they come from, as references that are
 * not mentions. The word's stem, without its adjective or demonym ending, must begin one of the
 * place's one-word spellings, the rest being a usual place ending ("Russ-land", "Serb-ien"), or
 * share its start with it up to at most two letters ("bayer-" for "Bayern", "chines-" for
 * "China"), or lie inside it ("brit-" in "Großbritannien"); a word that fits two places, or none,
 * stays unlinked.
 */
final class DerivedReferences {

  private DerivedReferences() {}

  private static final String[] ENDINGS = {
    "ischen", "ischem", "ischer", "isches", "ische", "isch", "ern", "erin", "erinnen", "ers",
    "er", "en", "e"
  };
  private static final int MIN_STEM = 4;
  /** What a place name adds to the stem of its adjective: "Russ-land", "Serb-ien", "Türk-ei". */
  private static final java.util.Set<String> PLACE_ENDINGS =
      java.util.Set.of("land", "ien", "en", "ei", "reich", "a", "e", "n");

  static List<StoryEntity> apply(List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    List<List<StoryEntity.Mention>> linked = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      linked.add(new ArrayList<>());
    }
    boolean any = false;
    Map<String, Integer> cache = new LinkedHashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      for (EntityMention d : doc.getOrDefault(GermanEntityRefiner.DERIVED, List.<EntityMention>of())) {
        if (d.end() > text.length() || d.end() <= d.start()) {
          continue;
        }
        String word = text.substring(d.start(), d.end());
        int target = cache.computeIfAbsent(NameKeys.fold(word), w -> place(w, entities));
        if (target >= 0) {
          linked.get(target).add(new StoryEntity.Mention(doc.id(), d.start(), d.end(), word));
          any = true;
        }
      }
    }
    if (!any) {
      return entities;
    }
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      out.add(linked.get(i).isEmpty() ? entities.get(i) : entities.get(i).withDerived(linked.get(i)));
    }
    return out;
  }

  /** The index of the one place the folded word derives from, or -1. */
  static int place(String folded, List<StoryEntity> entities) {
    if (folded.contains(" ")) {
      return -1;
    }
    String stem = stem(folded);
    if (stem.length() < MIN_STEM) {
      return -1;
    }
    int best = -1;
    int bestScore = 0;
    boolean tie = false;
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (!e.type().equals("LOC")) {
        continue;
      }
      int score = 0;
      for (String v : e.variants()) {
        if (v.contains(" ")) {
          continue;
        }
        score = Math.max(score, match(stem, NameKeys.fold(v)));
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  /** How well a stem fits a place name: the shared prefix length, 0 when it does not fit. */
  private static int match(String stem, String place) {
    int common = 0;
    while (common < stem.length() && common < place.length()
        && stem.charAt(common) == place.charAt(common)) {
      common++;
    }
    if (common >= MIN_STEM && (common >= place.length() - 2 && common >= stem.length() - 2
        || common == stem.length() && PLACE_ENDINGS.contains(place.substring(common)))) {
      return common;
    }
    if (place.length() > stem.length() && place.contains(stem)) {
      return stem.length() - 1;
    }
    return 0;
  }

  static String stem(String folded) {
    // Longest ending first: "Japanerinnen" loses "erinnen", not "en".
    String[] endings = ENDINGS.clone();
    java.util.Arrays.sort(endings, java.util.Comparator.comparingInt(String::length).reversed());
    for (String ending : endings) {
      if (folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
        return folded.substring(0, folded.length() - ending.length());
      }
    }
    return folded;
  }
}
