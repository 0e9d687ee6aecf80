package dev.thyrida.testkit.directory;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.KepCode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A built directory: the events that make it (for "given events") and the directory they replay
 * into (for "given a directory"), with what was put at each KEP.
 *
 * @param events the events, in order
 * @param directory {@code Directory.replay(events)}
 * @param keps what was put at each KEP, by code
 */
public record DirectoryFixture(List<Event> events, Directory directory, Map<KepCode, KepFixture> keps) {

  /**
   * Copies.
   *
   * @param events the events, in order
   * @param directory the replayed directory
   * @param keps what was put at each KEP
   */
  public DirectoryFixture {
    events = List.copyOf(events);
    keps = Map.copyOf(keps);
  }

  /**
   * What was put at a KEP.
   *
   * @param code the KEP's code
   * @return its fixture
   * @throws NoSuchElementException when the builder made no such KEP
   */
  public KepFixture kep(String code) {
    KepFixture kep = keps.get(KepCode.of(code));
    if (kep == null) {
      throw new NoSuchElementException("no KEP " + code + " was built");
    }
    return kep;
  }

  @Override
  public String toString() {
    return "DirectoryFixture[" + keps.size() + " KEPs, " + events.size() + " events]";
  }
}
