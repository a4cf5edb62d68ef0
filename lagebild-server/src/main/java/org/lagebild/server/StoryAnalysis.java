package org.lagebild.server;

import java.util.List;
import java.util.Objects;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.Pipeline;

/**
 * What the server analyses with: the per-article stages and the story sections, passed in so the
 * command line can hand over the full German pipeline and tests a fast one.
 */
public record StoryAnalysis(Pipeline pipeline, List<StorySection> sections) {
  public StoryAnalysis {
    Objects.requireNonNull(pipeline, "pipeline");
    sections = List.copyOf(sections);
  }
}
