package org.lagebild.time;

import java.util.Set;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Layer;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;

/** Publication date of each article. (Placeholder until the date stage lands: metadata only.) */
public final class PublicationDateInferrer implements Stage {

  public static final Layer<PublicationDate> PUBLISHED = Layer.of("published");

  @Override
  public String name() {
    return "published";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(PUBLISHED);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    String declared = document.article().published();
    return document.with(
        PUBLISHED,
        declared != null ? new PublicationDate(declared, "metadata") : PublicationDate.UNKNOWN);
  }
}
