package dev.thyrida.policy.constraints.validators;

import jakarta.validation.ConstraintDeclarationException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.CharBuffer;

/** Reads a text property of a form by name: a record accessor, a getter, or a field. */
final class Properties {

  private Properties() {}

  /** The property's text; a {@code char[]} is wrapped, never copied. */
  static CharSequence text(Object form, String property) {
    Object value = read(form, property);
    if (value == null || value instanceof CharSequence) {
      return (CharSequence) value;
    }
    if (value instanceof char[]) {
      return CharBuffer.wrap((char[]) value);
    }
    throw new ConstraintDeclarationException("@PasswordConfirmation: property " + property + " of "
        + form.getClass().getName() + " is neither a CharSequence nor a char[]");
  }

  private static Object read(Object form, String property) {
    String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      try {
        for (String name : new String[] {property, getter}) {
          Method method = find(type, name);
          if (method != null) {
            return open(method).invoke(form);
          }
        }
        Field field = type.getDeclaredField(property);
        return open(field).get(form);
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        throw new ConstraintDeclarationException("@PasswordConfirmation: cannot read property " + property
            + " of " + form.getClass().getName(), unreadable);
      }
    }
    throw new ConstraintDeclarationException("@PasswordConfirmation: " + form.getClass().getName()
        + " has no property " + property);
  }

  private static Method find(Class<?> type, String name) {
    try {
      return type.getDeclaredMethod(name);
    } catch (NoSuchMethodException absent) {
      return null;
    }
  }

  private static <T extends AccessibleObject> T open(T member) {
    member.setAccessible(true);
    return member;
  }
}
