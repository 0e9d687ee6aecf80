/**
 * Shape checks and persistent-collection helpers shared by the core's values.
 *
 * <p>Internal: not exported, not API; may change without notice.
 */
package dev.thyrida.core.internal;
