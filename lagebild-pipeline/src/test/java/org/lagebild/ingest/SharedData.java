package org.lagebild.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared folder ({@code seeds/}, {@code data/}) next to the checkout. Tests run
 * with the module folder as working directory, and the checkout may sit one level deeper than
 * usual, so ancestors are searched; {@code -Dlagebild.shared=DIR} overrides.
 */
final class SharedData {

  private SharedData() {}

  static Optional<Path> find(String relative) {
    String override = System.getProperty("lagebild.shared");
    if (override != null && !override.isBlank()) {
      Path candidate = Path.of(override).resolve(relative);
      return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int level = 0; level < 4 && dir != null; level++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
