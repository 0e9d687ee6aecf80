package dev.thyrida.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.fixture.EverySampleEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event types — stable names")
class EventTypesTest {

  private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z]+(-[a-z]+)*");

  static Set<Class<?>> leaves(Class<?> type) {
    if (!type.isSealed()) {
      return Set.of(type);
    }
    Set<Class<?>> result = new HashSet<>();
    for (Class<?> sub : type.getPermittedSubclasses()) {
      result.addAll(leaves(sub));
    }
    return result;
  }

  @Test
  @DisplayName("every event record is registered under exactly one name")
  void everyEventRecordIsRegistered() {
    assertEquals(leaves(Event.class), new HashSet<>(EventTypes.all().values()));
    assertEquals(EventTypes.all().size(), new HashSet<>(EventTypes.all().values()).size());
  }

  @Test
  @DisplayName("type names are unique, dotted, lower case, and what each record reports")
  void typeNamesAreWellFormed() throws ReflectiveOperationException {
    for (var entry : EventTypes.all().entrySet()) {
      assertTrue(NAME.matcher(entry.getKey()).matches(), entry.getKey());
      assertEquals(entry.getKey(), entry.getValue().getField("TYPE").get(null));
    }
    assertEquals(EventTypes.all().get("mailbox.handler-added"), HandlerAdded.class);
    assertTrue(EventTypes.byName("no.such").isEmpty());
  }

  @Test
  @DisplayName("the sample story holds one event of every type, each reporting its own name")
  void theStoryCoversEveryType() {
    Set<Class<?>> seen = EverySampleEvent.story().stream().map(Object::getClass).collect(Collectors.toSet());
    assertEquals(leaves(Event.class), seen);
    EverySampleEvent.story().forEach(event -> assertEquals(EventTypes.byName(event.type()).orElseThrow(), event.getClass()));
  }
}
