package org.lagebild.model;

import java.util.Objects;

/**
 * A typed key for one annotation layer of an {@link AnnotatedDocument}. Each layer is declared as a
 * constant next to the stage that writes it (for example {@code NoiseDetector.NOISE}), so there is no
 * central keys file. Identity is the instance: two layers with the same name are different layers.
 *
 * @param <T> the value type stored under this layer, usually an immutable list of records
 */
public final class Layer<T> {

  private final String name;

  private Layer(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public static <T> Layer<T> of(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
