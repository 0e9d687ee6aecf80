package dev.thyrida.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.thyrida.core.identity.InvalidValueException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a value back from JSON by its {@link Form}, strictly: every field present, none unknown,
 * each of its own JSON type, and each value accepted by its own type's checks.
 */
final class Reading {

  private final String typeName;

  /**
   * A reading of one stored form.
   *
   * @param typeName the envelope's type name, for the errors
   */
  Reading(String typeName) {
    this.typeName = typeName;
  }

  /**
   * Reads a value.
   *
   * @param node its JSON
   * @param type the declared type
   * @param at the node's JSON pointer
   * @return the value
   * @throws DecodingException naming the field when anything is wrong
   */
  Object read(JsonNode node, Type type, String at) {
    Form form = Form.of(type);
    if (node.isNull() && form != Form.OPTIONAL) {
      throw fail(DecodingCode.JSON_WRONG_TYPE, at, "null where " + expected(form) + " belongs");
    }
    switch (form) {
      case TEXT:
        return text(node, at);
      case WHOLE:
        require(node.isInt(), at, form, node);
        return node.intValue();
      case FLAG:
        require(node.isBoolean(), at, form, node);
        return node.booleanValue();
      case INSTANT:
        return instant(text(node, at), at);
      case NAME:
        return constant(Form.raw(type), text(node, at), at);
      case OPTIONAL:
        return node.isNull() ? Optional.empty() : Optional.of(read(node, Form.element(type), at));
      case SET:
        return new LinkedHashSet<>(elements(node, Form.element(type), at, form));
      case LIST:
        return elements(node, Form.element(type), at, form);
      case VALUE:
        return construct(Form.raw(type), new Object[] {text(node, at)}, at);
      case CHOICE:
        return choice(node, Form.raw(type), at);
      case RECORD:
        return record(node, Form.raw(type), at, Set.of());
      default:
        throw fail(DecodingCode.JSON_UNKNOWN_FIELD, at, "a password is never stored (D5)");
    }
  }

  /**
   * Reads a record's fields from an object.
   *
   * @param node the object
   * @param kind the record class
   * @param at the object's JSON pointer
   * @param extra field names allowed besides the components (a choice's {@code kind})
   * @return the record
   */
  Object record(JsonNode node, Class<?> kind, String at, Set<String> extra) {
    require(node.isObject(), at, Form.RECORD, node);
    Layout layout = Layout.of(kind);
    Object[] values = new Object[layout.names.length];
    for (int i = 0; i < values.length; i++) {
      String name = layout.names[i];
      JsonNode field = node.get(name);
      if (field == null) {
        throw fail(DecodingCode.JSON_MISSING_FIELD, at + "/" + name, "required field " + name + " of "
            + kind.getSimpleName() + " is absent");
      }
      values[i] = read(field, layout.types[i], at + "/" + name);
    }
    if (node.size() != values.length + extra.size()) {
      Set<String> known = new LinkedHashSet<>(extra);
      known.addAll(java.util.Arrays.asList(layout.names));
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw fail(DecodingCode.JSON_UNKNOWN_FIELD, at + "/" + name, kind.getSimpleName() + " has no field " + name);
        }
      }
    }
    return construct(kind, values, at);
  }

  private Object choice(JsonNode node, Class<?> sealed, String at) {
    require(node.isObject(), at, Form.CHOICE, node);
    JsonNode kind = node.get(Form.KIND);
    if (kind == null) {
      throw fail(DecodingCode.JSON_MISSING_FIELD, at + "/" + Form.KIND, "a " + sealed.getSimpleName() + " names its kind");
    }
    String name = text(kind, at + "/" + Form.KIND);
    for (Class<?> variant : sealed.getPermittedSubclasses()) {
      if (variant.getSimpleName().equals(name)) {
        return record(node, variant, at, Set.of(Form.KIND));
      }
    }
    throw fail(DecodingCode.JSON_INVALID_VALUE, at + "/" + Form.KIND, "no " + sealed.getSimpleName() + " kind is named " + name);
  }

  private List<Object> elements(JsonNode node, Type elementType, String at, Form form) {
    require(node.isArray(), at, form, node);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(read(node.get(i), elementType, at + "/" + i));
    }
    if (form == Form.SET && new LinkedHashSet<>(values).size() != values.size()) {
      throw fail(DecodingCode.JSON_INVALID_VALUE, at, "a set holds each element once");
    }
    return values;
  }

  private String text(JsonNode node, String at) {
    require(node.isTextual(), at, Form.TEXT, node);
    return node.textValue();
  }

  private Instant instant(String text, String at) {
    if (!text.endsWith("Z")) {
      throw fail(DecodingCode.JSON_INVALID_VALUE, at, "an instant is ISO-8601 UTC, ending in Z");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(DecodingCode.JSON_INVALID_VALUE, at, "not an ISO-8601 instant: " + text);
    }
  }

  private Object constant(Class<?> kind, String name, String at) {
    for (Object constant : kind.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw fail(DecodingCode.JSON_INVALID_VALUE, at, "no " + kind.getSimpleName() + " is named " + name);
  }

  private Object construct(Class<?> kind, Object[] values, String at) {
    try {
      return Layout.of(kind).canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException) {
        throw fail(DecodingCode.JSON_INVALID_VALUE, at, e.getCause().getMessage());
      }
      throw new IllegalStateException("cannot build " + kind.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + kind.getName(), e);
    }
  }

  private void require(boolean holds, String at, Form form, JsonNode node) {
    if (!holds) {
      throw fail(DecodingCode.JSON_WRONG_TYPE, at, node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
          + " where " + expected(form) + " belongs");
    }
  }

  private static String expected(Form form) {
    switch (form) {
      case WHOLE:
        return "an integer";
      case FLAG:
        return "a boolean";
      case SET:
      case LIST:
        return "an array";
      case CHOICE:
      case RECORD:
        return "an object";
      default:
        return "a string";
    }
  }

  /**
   * A failure of this reading.
   *
   * @param code why
   * @param at the field's JSON pointer
   * @param detail what, in words
   * @return the exception to throw
   */
  DecodingException fail(DecodingCode code, String at, String detail) {
    return new DecodingException(code, typeName, at, -1, detail);
  }
}
