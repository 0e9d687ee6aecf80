package dev.thyrida.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the whole SDK, so that every generated type looks the same: an
 * {@code Immutable*} implementation with a strict builder, JDK collections only, copy methods, and
 * redacted attributes masked (D5).
 *
 * <p>Annotate a package (in its {@code package-info.java}) or a type with it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    strictBuilder = true,
    redactedMask = "****",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ThyridaStyle {}
