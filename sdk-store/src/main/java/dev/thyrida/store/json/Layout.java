package dev.thyrida.store.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * What reflection says about one record class, looked up once per class and kept: its components'
 * names, generic types and accessors, and its canonical constructor. Replaying a log reads the same
 * few dozen classes hundreds of thousands of times.
 */
final class Layout {

  private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
    @Override
    protected Layout computeValue(Class<?> kind) {
      return new Layout(kind);
    }
  };

  final String[] names;
  final Type[] types;
  final Method[] accessors;
  final Constructor<?> canonical;

  private Layout(Class<?> kind) {
    RecordComponent[] components = kind.getRecordComponents();
    names = new String[components.length];
    types = new Type[components.length];
    accessors = new Method[components.length];
    Class<?>[] raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getGenericType();
      accessors[i] = components[i].getAccessor();
      raw[i] = components[i].getType();
    }
    try {
      canonical = kind.getDeclaredConstructor(raw);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record has its canonical constructor: " + kind.getName(), e);
    }
  }

  /**
   * The layout of a record class.
   *
   * @param kind a record class
   * @return its layout, computed on first use
   */
  static Layout of(Class<?> kind) {
    return LAYOUTS.get(kind);
  }
}
