package dev.thyrida.testkit.sequences;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.InvalidValueException;
import java.time.Instant;

/**
 * What a command is drawn from and decided against: the directory (μητρώο) as it stands and the
 * current instant, at which the drawn command is issued.
 *
 * @param directory the directory after every accepted event so far
 * @param now the current instant
 */
public record Scene(Directory directory, Instant now) {

  /**
   * Validates.
   *
   * @param directory the directory after every accepted event so far
   * @param now the current instant
   */
  public Scene {
    if (directory == null || now == null) {
      throw new InvalidValueException("Scene", "needs a directory and an instant");
    }
  }

  /**
   * The same directory, later.
   *
   * @param instant the new current instant
   * @return the scene at that instant
   */
  public Scene at(Instant instant) {
    return new Scene(directory, instant);
  }
}
