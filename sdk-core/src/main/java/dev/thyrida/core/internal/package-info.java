/**
 * Persistent-collection helpers shared by the core's registers (the shape checks are {@code
 * dev.thyrida.core.identity.Shape}, beside the exception they throw).
 *
 * <p>Internal: not exported, not API; may change without notice.
 */
package dev.thyrida.core.internal;
