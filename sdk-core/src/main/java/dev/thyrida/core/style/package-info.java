/**
 * The SDK's shared Immutables style ({@link dev.thyrida.core.style.ThyridaStyle}).
 *
 * <p>API: exported so that every Thyrida module generates its immutable types the same way; not
 * meant for use outside Thyrida.
 */
package dev.thyrida.core.style;
