package dev.thyrida.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Writes a value as JSON by its {@link Form}. */
final class Writing {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Writing() {}

  /**
   * A value's JSON.
   *
   * @param value the value, not null
   * @param type its declared type
   * @return the node
   */
  static JsonNode write(Object value, Type type) {
    switch (Form.of(type)) {
      case TEXT:
        return NODES.textNode((String) value);
      case WHOLE:
        return NODES.numberNode((Integer) value);
      case FLAG:
        return NODES.booleanNode((Boolean) value);
      case INSTANT:
      case VALUE:
        return NODES.textNode(text(value));
      case NAME:
        return NODES.textNode(((Enum<?>) value).name());
      case OPTIONAL:
        return ((Optional<?>) value).map(inner -> write(inner, Form.element(type))).orElse(NODES.nullNode());
      case SET:
        return array((Collection<?>) value, Form.element(type), true);
      case LIST:
        return array((Collection<?>) value, Form.element(type), false);
      case CHOICE:
        ObjectNode chosen = NODES.objectNode();
        chosen.put(Form.KIND, value.getClass().getSimpleName());
        return fields(value, chosen);
      case RECORD:
        return fields(value, NODES.objectNode());
      default:
        throw new IllegalStateException("a password is never written (D5)");
    }
  }

  private static String text(Object value) {
    if (value instanceof java.time.Instant) {
      return value.toString();
    }
    return (String) component(value, Layout.of(value.getClass()).accessors[0]);
  }

  private static ArrayNode array(Collection<?> elements, Type elementType, boolean sorted) {
    List<JsonNode> written = new ArrayList<>();
    for (Object element : elements) {
      written.add(write(element, elementType));
    }
    if (sorted) {
      written.sort(Comparator.comparing(JsonNode::toString));
    }
    ArrayNode array = NODES.arrayNode();
    written.forEach(array::add);
    return array;
  }

  private static ObjectNode fields(Object record, ObjectNode into) {
    Layout layout = Layout.of(record.getClass());
    for (int i = 0; i < layout.names.length; i++) {
      into.set(layout.names[i], write(component(record, layout.accessors[i]), layout.types[i]));
    }
    return into;
  }

  private static Object component(Object record, java.lang.reflect.Method accessor) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
    }
  }
}
