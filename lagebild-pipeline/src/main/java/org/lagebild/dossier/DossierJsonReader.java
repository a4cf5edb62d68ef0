package org.lagebild.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lagebild.model.dossier.Dossier;

/**
 * Reads a {@code dossier.json} back into records (tests, report regeneration). Unknown fields are
 * ignored, as the contract allows extra ones; a different {@code schema} value is an error.
 */
public final class DossierJsonReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public Dossier read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public Dossier read(InputStream in) throws IOException {
    Dossier dossier = MAPPER.readValue(in, Dossier.class);
    if (!Dossier.SCHEMA.equals(dossier.schema())) {
      throw new IOException(
          "not a Lagebild dossier: schema is '" + dossier.schema() + "', expected '"
              + Dossier.SCHEMA + "'");
    }
    return dossier;
  }
}
