package org.lagebild.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of {@code dossier.json}, shipped as a resource so that consumers
 * and tests validate against the same file. Extra fields are allowed everywhere; contract fields are
 * required, with {@code null} only where a value may be unknown.
 */
public final class DossierSchema {

  /** Classpath location of the schema. */
  public static final String RESOURCE = "/org/lagebild/dossier/dossier.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID = "https://lagebild.org/schema/dossier-1.schema.json";

  private DossierSchema() {}

  public static InputStream open() {
    InputStream in = DossierSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " missing from the classpath");
    }
    return in;
  }

  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
