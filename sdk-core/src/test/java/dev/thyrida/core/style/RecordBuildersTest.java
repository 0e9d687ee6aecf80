package dev.thyrida.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.fixture.BuilderContract;
import dev.thyrida.core.fixture.EverySampleCommand;
import dev.thyrida.core.fixture.EverySampleEvent;
import dev.thyrida.core.fixture.EverySampleValue;
import dev.thyrida.core.identity.InvalidValueException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Record builders (ADR 0018) — the canonical constructor, reached by name")
class RecordBuildersTest {

  static Stream<Record> samples() {
    Map<Class<?>, Record> byType = new LinkedHashMap<>();
    EverySampleValue.withBuilders().forEach(value -> byType.putIfAbsent(value.getClass(), value));
    EverySampleCommand.withBuilders().forEach(command -> byType.putIfAbsent(command.getClass(), (Record) command));
    EverySampleEvent.story().stream()
        .filter(event -> BuilderContract.hasBuilder(event.getClass()))
        .forEach(event -> byType.putIfAbsent(event.getClass(), (Record) event));
    return byType.values().stream();
  }

  static Stream<Arguments> requiredComponents() {
    return samples().flatMap(sample -> Arrays.stream(sample.getClass().getRecordComponents())
        .filter(BuilderContract::required)
        .map(component -> Arguments.of(sample.getClass().getSimpleName(), component.getName(), sample)));
  }

  static Stream<Arguments> defaultedComponents() {
    return samples().flatMap(sample -> Arrays.stream(sample.getClass().getRecordComponents())
        .filter(component -> !BuilderContract.required(component))
        .map(component -> Arguments.of(sample.getClass().getSimpleName(), component.getName(), sample)));
  }

  @ParameterizedTest(name = "{0}: building every component equals the canonical constructor")
  @MethodSource("samples")
  void buildingEqualsTheCanonicalConstructor(Record sample) {
    Object built = BuilderContract.rebuild(sample, null);
    assertEquals(sample, built);
    assertEquals(sample.hashCode(), built.hashCode());
  }

  @ParameterizedTest(name = "{0}: a builder missing {1} fails naming it")
  @MethodSource("requiredComponents")
  void aMissingComponentIsNamed(String type, String component, Record sample) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BuilderContract.rebuild(sample, component));
    assertTrue(e.getMessage().contains("Cannot build " + type), e.getMessage());
    assertTrue(e.getMessage().contains("[" + component + "]"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}: an explicit null {1} fails naming it, before the constructor")
  @MethodSource("requiredComponents")
  void anExplicitNullIsNamed(String type, String component, Record sample) {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> BuilderContract.rebuildWithNull(sample, component));
    assertEquals(component, e.getMessage());
  }

  @ParameterizedTest(name = "{0}: {1} left unset is empty, as the constructor allows")
  @MethodSource("defaultedComponents")
  void anUnsetOptionalOrCollectionIsEmpty(String type, String component, Record sample) {
    Object built;
    try {
      built = BuilderContract.rebuild(sample, component);
    } catch (InvalidValueException e) {
      // The record refuses an empty value here (e.g. a transfer without its decision): the
      // constructor's own rule, not the builder's.
      assertEquals(type, e.valueType());
      return;
    }
    assertFalse(sample.equals(built), "the sample sets " + component + ", so an unset one must differ");
  }

  @Test
  @DisplayName("every command and event with more than three components has a builder, and a sample here")
  void everyWideCommandAndEventHasABuilder() {
    List<Class<?>> wide = new ArrayList<>();
    collectWide(Command.class, wide);
    collectWide(Event.class, wide);
    Set<String> withoutBuilder = wide.stream()
        .filter(type -> !BuilderContract.hasBuilder(type))
        .map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), withoutBuilder);
    Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());
    Set<String> unsampled = wide.stream()
        .filter(type -> !sampled.contains(type))
        .map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), unsampled);
    assertEquals(9 + wide.size(), sampled.size());
  }

  private static void collectWide(Class<?> type, List<Class<?>> into) {
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      if (components.length > 3) {
        into.add(type);
      }
      return;
    }
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      collectWide(permitted, into);
    }
  }
}
