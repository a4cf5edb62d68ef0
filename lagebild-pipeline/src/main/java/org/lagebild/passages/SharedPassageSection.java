package org.lagebild.passages;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;

/** Fills {@code story.sharedPassages} with the passages the story's articles share. */
public final class SharedPassageSection implements StorySection {

  private final WireCopyDetector detector;

  public SharedPassageSection() {
    this(new WireCopyDetector());
  }

  public SharedPassageSection(WireCopyDetector detector) {
    this.detector = detector;
  }

  @Override
  public String name() {
    return "shared passages";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    if (documents.size() < 2) {
      return story;
    }
    WireCopyDetector.Report report = detector.detect(documents);
    List<SharedPassage> passages = new ArrayList<>(report.passages().size());
    for (AlignedPassage p : report.passages()) {
      passages.add(new SharedPassage(p.a(), p.b(), Math.round(p.similarity() * 1000) / 1000.0));
    }
    return story.withSharedPassages(passages);
  }
}
