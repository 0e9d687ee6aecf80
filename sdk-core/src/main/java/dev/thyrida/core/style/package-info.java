/**
 * The SDK's shared Immutables style ({@link dev.thyrida.core.style.ThyridaStyle}).
 *
 * <p>Internal: exported only to Thyrida's own modules, so that each generates its immutable types the
 * same way (ADR 0007).
 */
package dev.thyrida.core.style;
