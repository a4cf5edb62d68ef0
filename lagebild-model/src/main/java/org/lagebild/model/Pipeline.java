package org.lagebild.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered chain of stages whose requirements are checked when it is assembled, so that a missing
 * stage fails at start-up rather than on the ten-thousandth article.
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      List<Layer<?>> missing = new ArrayList<>();
      for (Layer<?> needed : stage.requires()) {
        if (!available.contains(needed)) {
          missing.add(needed);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '" + stage.name() + "' requires " + names(missing)
                + " but no earlier stage provides it; stages in order: "
                + stages.stream().map(Stage::name).collect(Collectors.joining(", ")));
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  public AnnotatedDocument process(AnnotatedDocument document) {
    AnnotatedDocument current = document;
    for (Stage stage : stages) {
      current = stage.process(current);
    }
    return current;
  }

  public AnnotatedDocument process(Article article) {
    return process(AnnotatedDocument.of(article));
  }

  private static String names(List<Layer<?>> layers) {
    return layers.stream().map(Layer::name).collect(Collectors.joining(", "));
  }
}
