package dev.thyrida.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.thyrida.core.event.Event;
import dev.thyrida.core.fixture.EverySampleEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Directories are values (issue 13: PIT found that {@code equals} always true survived the core's
 * tests; the bounded check in the testkit tells states apart by it): equal exactly when built by
 * the same events, with equal hashes then.
 */
class DirectoryEqualityTest {

  @Test
  @DisplayName("two directories built by the same events are equal with equal hashes; each prefix of a story differs from the next")
  void equalExactlyWhenTheSame() {
    List<Event> story = EverySampleEvent.story();
    Directory before = Directory.empty();
    for (Event event : story) {
      Directory after = before.evolve(event);
      Directory again = Directory.replay(story.subList(0, story.indexOf(event) + 1));
      assertEquals(after, again, event.type());
      assertEquals(after.hashCode(), again.hashCode(), event.type());
      assertNotEquals(before, after, event.type());
      before = after;
    }
    assertNotEquals(Directory.empty(), "a directory");
    assertEquals(Directory.empty(), Directory.empty());
  }
}
