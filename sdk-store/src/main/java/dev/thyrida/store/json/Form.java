package dev.thyrida.store.json;

import dev.thyrida.core.account.Password;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one Java type is written in JSON: the single classification the encoder, the decoder and the
 * schema all follow, so the three cannot disagree.
 */
enum Form {
  /** A {@code String}: a JSON string. */
  TEXT,
  /** An {@code int} or {@code Integer}: a JSON integer. */
  WHOLE,
  /** A {@code boolean}: a JSON boolean. */
  FLAG,
  /** An {@code Instant}: an ISO-8601 UTC string ending in {@code Z}. */
  INSTANT,
  /** An enum: its constant's name. */
  NAME,
  /** An {@code Optional}: its value, or {@code null} when empty (the field is always present). */
  OPTIONAL,
  /** A {@code Set}: an array sorted by each element's JSON text, so equal sets write alike. */
  SET,
  /** A {@code List}: an array in order. */
  LIST,
  /** A record of one {@code String} component (a tax id, a mailbox id): that string. */
  VALUE,
  /** A sealed interface: an object whose {@code kind} names the variant, with the variant's fields. */
  CHOICE,
  /** Any other record: an object with every component by name. */
  RECORD,
  /** A password: never written (D5). */
  SECRET;

  /** The field a {@link #CHOICE} names its variant in. */
  static final String KIND = "kind";

  /**
   * The form of a type.
   *
   * @param type a component's generic type
   * @return its form
   * @throws IllegalStateException when no form fits (a type the codec was not built for)
   */
  static Form of(Type type) {
    return type instanceof Class ? BY_CLASS.get((Class<?>) type) : classify(type);
  }

  private static final ClassValue<Form> BY_CLASS = new ClassValue<>() {
    @Override
    protected Form computeValue(Class<?> kind) {
      return classify(kind);
    }
  };

  private static Form classify(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return TEXT;
    }
    if (raw == int.class || raw == Integer.class) {
      return WHOLE;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return FLAG;
    }
    if (raw == Instant.class) {
      return INSTANT;
    }
    if (raw == Password.class) {
      return SECRET;
    }
    if (raw.isEnum()) {
      return NAME;
    }
    if (raw == Optional.class) {
      return OPTIONAL;
    }
    if (Set.class.isAssignableFrom(raw)) {
      return SET;
    }
    if (List.class.isAssignableFrom(raw)) {
      return LIST;
    }
    if (raw.isSealed() && raw.isInterface()) {
      return CHOICE;
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      boolean single = components.length == 1 && components[0].getType() == String.class;
      boolean variant = java.util.Arrays.stream(raw.getInterfaces()).anyMatch(Class::isSealed);
      return single && !variant ? VALUE : RECORD;
    }
    throw new IllegalStateException("no JSON form for " + type.getTypeName());
  }

  /**
   * The class of a type, without its arguments.
   *
   * @param type a type
   * @return its raw class
   */
  static Class<?> raw(Type type) {
    return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
  }

  /**
   * The element type of an {@code Optional}, {@code Set} or {@code List}.
   *
   * @param type the parameterized type
   * @return its only argument
   */
  static Type element(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  /**
   * Whether a type holds a password anywhere within it.
   *
   * @param type a type
   * @return true when a {@link #SECRET} is reachable from it
   */
  static boolean carriesSecret(Type type) {
    Form form = of(type);
    switch (form) {
      case SECRET:
        return true;
      case OPTIONAL:
      case SET:
      case LIST:
        return carriesSecret(element(type));
      case CHOICE:
        for (Class<?> variant : raw(type).getPermittedSubclasses()) {
          if (carriesSecret(variant)) {
            return true;
          }
        }
        return false;
      case RECORD:
        for (RecordComponent component : raw(type).getRecordComponents()) {
          if (carriesSecret(component.getGenericType())) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }
}
