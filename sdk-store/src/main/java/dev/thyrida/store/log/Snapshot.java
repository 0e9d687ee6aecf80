package dev.thyrida.store.log;

import dev.thyrida.core.directory.Directory;
import java.util.Objects;

/**
 * A directory (μητρώο) and the log position it stands at: every event up to it applied, none after.
 * A host may keep one and resume from it instead of replaying the whole log.
 *
 * @param directory the directory
 * @param position the position of the last event applied, {@link EventLog#EMPTY} for none
 */
public record Snapshot(Directory directory, long position) {

  /**
   * Validates.
   *
   * @param directory the directory
   * @param position the position of the last event applied
   */
  public Snapshot {
    Objects.requireNonNull(directory, "directory is required");
    if (position < EventLog.EMPTY) {
      throw new IllegalArgumentException("a position is 0 or more, not " + position);
    }
  }

  /**
   * The empty directory before the first event.
   *
   * @return the snapshot at {@link EventLog#EMPTY}
   */
  public static Snapshot empty() {
    return new Snapshot(Directory.empty(), EventLog.EMPTY);
  }
}
