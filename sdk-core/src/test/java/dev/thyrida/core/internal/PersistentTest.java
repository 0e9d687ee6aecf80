package dev.thyrida.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.identity.InvalidValueException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.OrderedPSet;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * The persistent copies every domain value makes of its collections (issue 13: PIT survivors): a
 * persistent input of the right kind is kept as it is, anything else is copied, and a null element,
 * key or value is a clear refusal naming the field.
 */
class PersistentTest {

  @Test
  @DisplayName("an unordered persistent set is kept; an ordered one or a plain collection is copied into an unordered set")
  void sets() {
    PSet<String> clean = HashTreePSet.from(List.of("a", "b"));
    assertSame(clean, Persistent.set("T", "f", clean));
    PSet<String> fromOrdered = Persistent.set("T", "f", OrderedPSet.from(List.of("a", "b")));
    assertFalse(fromOrdered instanceof OrderedPSet);
    assertEquals(Set.of("a", "b"), fromOrdered);
    assertEquals(Set.of("a", "b"), Persistent.set("T", "f", List.of("b", "a", "b")));
  }

  @Test
  @DisplayName("an ordered persistent set is kept; a plain collection is copied in its order")
  void orderedSets() {
    OrderedPSet<String> clean = OrderedPSet.from(List.of("b", "a"));
    assertSame(clean, Persistent.orderedSet("T", "f", clean));
    assertEquals(List.of("b", "a"), List.copyOf(Persistent.orderedSet("T", "f", List.of("b", "a", "b"))));
  }

  @Test
  @DisplayName("a null collection or element is refused, whatever the collection's kind")
  void nullElements() {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> Persistent.set("T", "f", Arrays.asList("a", null)));
    assertEquals(true, refused.getMessage().contains("f element"), refused.getMessage());
    assertThrows(InvalidValueException.class, () -> Persistent.orderedSet("T", "f", Arrays.asList("a", null)));
    assertThrows(InvalidValueException.class, () -> Persistent.set("T", "f", null));
  }

  @Test
  @DisplayName("a persistent map is kept; a plain map is copied, and a null key or value is refused")
  void maps() {
    PMap<String, String> clean = HashTreePMap.singleton("k", "v");
    assertSame(clean, Persistent.map("T", "f", clean));
    assertEquals(Map.of("k", "v"), Persistent.map("T", "f", new HashMap<>(Map.of("k", "v"))));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThrows(InvalidValueException.class, () -> Persistent.map("T", "f", nullValue));
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    assertThrows(InvalidValueException.class, () -> Persistent.map("T", "f", nullKey));
  }
}
