package dev.thyrida.core.internal;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.Shape;
import java.util.Collection;
import java.util.Map;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.OrderedPSet;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * Turns collections handed to a value into persistent ones (ADR 0011), so that a one-element change
 * costs O(log n): a persistent collection is kept as it is, any other is copied once and checked for
 * null elements. Values expose these only as {@code java.util} interfaces.
 */
public final class Persistent {

  private Persistent() {}

  /**
   * A persistent set holding the given elements (hash order).
   *
   * @param <T> the element type
   * @param type the value type's simple name, for the exception
   * @param field the component's name, for the exception
   * @param elements the elements
   * @return the same set when already persistent, else a persistent copy
   * @throws InvalidValueException when the collection or an element is null
   */
  public static <T> PSet<T> set(String type, String field, Collection<T> elements) {
    if (elements instanceof PSet && !(elements instanceof OrderedPSet) && !elements.contains(null)) {
      return (PSet<T>) elements;
    }
    return HashTreePSet.from(checked(type, field, elements));
  }

  /**
   * A persistent set that iterates in insertion order.
   *
   * @param <T> the element type
   * @param type the value type's simple name, for the exception
   * @param field the component's name, for the exception
   * @param elements the elements, in order
   * @return the same set when already an ordered persistent set, else an ordered persistent copy
   * @throws InvalidValueException when the collection or an element is null
   */
  public static <T> OrderedPSet<T> orderedSet(String type, String field, Collection<T> elements) {
    if (elements instanceof OrderedPSet && !elements.contains(null)) {
      return (OrderedPSet<T>) elements;
    }
    return OrderedPSet.from(checked(type, field, elements));
  }

  /**
   * A persistent map holding the given entries.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param type the value type's simple name, for the exception
   * @param field the component's name, for the exception
   * @param entries the entries
   * @return the same map when already persistent, else a persistent copy
   * @throws InvalidValueException when the map, a key or a value is null
   */
  public static <K, V> PMap<K, V> map(String type, String field, Map<K, V> entries) {
    if (entries instanceof PMap) {
      return (PMap<K, V>) entries;
    }
    Shape.required(type, field, entries);
    entries.forEach((key, value) -> {
      Shape.required(type, field + " key", key);
      Shape.required(type, field + " value", value);
    });
    return HashTreePMap.from(entries);
  }

  private static <T> Collection<T> checked(String type, String field, Collection<T> elements) {
    Shape.required(type, field, elements);
    for (T element : elements) {
      Shape.required(type, field + " element", element);
    }
    return elements;
  }

}
