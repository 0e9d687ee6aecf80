package dev.thyrida.policy.explain;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named parameters of a command or event record, read from its components: each value rendered
 * as plain text (an id's value, a clause's id, an enum's name; an instant, a date and a person as
 * {@link Wording} says). A password
 * component is never read (D5).
 */
final class Components {

  private Components() {}

  /** Every component of a record but passwords, by name, in declaration order. */
  static Map<String, String> of(Record record, Wording wording) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getType() != Password.class) {
        parameters.put(component.getName(), render(read(record, component), wording));
      }
    }
    return parameters;
  }

  /** One value as plain text. */
  static String render(Object value, Wording wording) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(each -> render(each, wording)).orElse("");
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(each -> render(each, wording)).sorted().collect(Collectors.joining(", "));
    }
    if (value instanceof Instant) {
      return wording.instant((Instant) value);
    }
    if (value instanceof LocalDate) {
      return wording.date((LocalDate) value);
    }
    if (value instanceof TaxId) {
      return wording.person((TaxId) value);
    }
    if (value instanceof Clause) {
      return ((Clause) value).id();
    }
    if (value instanceof Principal) {
      return Actor.of((Principal) value).toString();
    }
    if (value instanceof Record && !(value instanceof Actor)) {
      return renderRecord((Record) value, wording);
    }
    return value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value);
  }

  /** A value record by its one component (an id), an entity record by its {@code id}, else its text. */
  private static String renderRecord(Record record, Wording wording) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components.length == 1) {
      return render(read(record, components[0]), wording);
    }
    for (RecordComponent component : components) {
      if (component.getName().equals("id")) {
        return render(read(record, component), wording);
      }
    }
    return record.toString();
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(),
          unreadable);
    }
  }
}
