package org.lagebild.clean;

import java.util.List;
import java.util.Set;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Layer;
import org.lagebild.model.Noise;
import org.lagebild.model.Stage;

/** Finds scraping debris. (Placeholder until the cleaning stage lands: finds nothing.) */
public final class NoiseDetector implements Stage {

  /** Debris spans in text order. */
  public static final Layer<List<Noise>> NOISE = Layer.of("noise");

  @Override
  public String name() {
    return "noise";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(NOISE);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    return document.with(NOISE, List.of());
  }
}
