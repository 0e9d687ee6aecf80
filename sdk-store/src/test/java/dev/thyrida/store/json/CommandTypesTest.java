package dev.thyrida.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.EventTypes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON form: the command register")
class CommandTypesTest {

  @Test
  @DisplayName("every command has a type name, except exactly those that carry a password (D5)")
  void everyCommandIsNamedButThoseWithAPassword() {
    Set<Class<?>> named = new HashSet<>(CommandTypes.all().values());
    Set<Class<?>> unnamed = Arrays.stream(Command.class.getPermittedSubclasses())
        .filter(kind -> !named.contains(kind)).collect(Collectors.toSet());
    assertEquals(Command.class.getPermittedSubclasses().length, named.size() + unnamed.size());
    unnamed.forEach(kind -> assertTrue(Form.carriesSecret(kind), kind + " has no name but no password"));
    named.forEach(kind -> assertTrue(!Form.carriesSecret(kind), kind + " is named but carries a password"));
  }

  @Test
  @DisplayName("no command has an event's type name")
  void namesAreApart() {
    Set<String> both = new HashSet<>(CommandTypes.all().keySet());
    both.retainAll(EventTypes.all().keySet());
    assertEquals(Set.of(), both);
  }
}
