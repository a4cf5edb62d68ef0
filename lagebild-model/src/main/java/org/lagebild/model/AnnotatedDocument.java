package org.lagebild.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article plus the annotation layers stages have added. Immutable: {@link #with} returns a new
 * document and leaves this one untouched, so stages can run on many threads without locks.
 */
public final class AnnotatedDocument {

  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private AnnotatedDocument(Article article, Map<Layer<?>, Object> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static AnnotatedDocument of(Article article) {
    return new AnnotatedDocument(Objects.requireNonNull(article, "article"), Map.of());
  }

  public Article article() {
    return article;
  }

  public String id() {
    return article.id();
  }

  public String text() {
    return article.text();
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The value of a layer; fails if a stage that provides it has not run. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null && !layers.containsKey(layer)) {
      throw new IllegalStateException("layer '" + layer + "' is missing on document " + id());
    }
    return (T) value;
  }

  @SuppressWarnings("unchecked")
  public <T> T getOrDefault(Layer<T> layer, T fallback) {
    return layers.containsKey(layer) ? (T) layers.get(layer) : fallback;
  }

  public <T> AnnotatedDocument with(Layer<T> layer, T value) {
    Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
    copy.put(layer, Objects.requireNonNull(value, "value"));
    return new AnnotatedDocument(article, Collections.unmodifiableMap(copy));
  }

  /** A copy without the given layers, to drop bulky ones (tokens) once they have been used. */
  public AnnotatedDocument without(Set<? extends Layer<?>> dropped) {
    Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
    copy.keySet().removeAll(dropped);
    return new AnnotatedDocument(article, Collections.unmodifiableMap(copy));
  }

  public AnnotatedDocument withArticle(Article replacement) {
    return new AnnotatedDocument(Objects.requireNonNull(replacement), layers);
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  @Override
  public String toString() {
    return "AnnotatedDocument[" + id() + ", layers=" + layers.keySet() + "]";
  }
}
