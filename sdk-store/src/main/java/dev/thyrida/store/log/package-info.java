/**
 * The event log (ημερολόγιο γεγονότων) a host keeps: one append-only sequence of events, numbered
 * by position from 1, appended in batches at an expected position (optimistic concurrency: of two
 * racing appends exactly one wins, the other gets an {@link dev.thyrida.store.log.AppendConflict}
 * naming both positions and writes nothing), read from a position, and replayed into the directory.
 * One log holds the whole directory, because a decision reads the whole directory (ADR 0141).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.store.log;
