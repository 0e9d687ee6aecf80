/**
 * The directory (μητρώο): one immutable snapshot of everything the policies read, evolved one event
 * at a time in O(log n) with persistent collections kept inside (ADR 0011, 0012).
 *
 * <p>API: {@link dev.thyrida.core.directory.Directory}; the rest is package-private.
 */
package dev.thyrida.core.directory;
