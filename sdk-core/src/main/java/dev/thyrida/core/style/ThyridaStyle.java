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
 * <p>Annotate a package (in its {@code package-info.java}) or a type with it. On a record, with
 * {@code @Value.Builder}, it gives a {@code <Record>Builder} that calls the canonical constructor, so
 * the record's shape checks stay in one place (ADR 0018). A builder is strict (each component set
 * once); {@code build()} fails with an {@link IllegalStateException} naming every required component
 * left unset; a {@code null} for a required component fails at once with a {@link
 * NullPointerException} naming it; a {@code null} for an {@code Optional} component means absent.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    strictBuilder = true,
    optionalAcceptNullable = true,
    redactedMask = "****",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ThyridaStyle {}
