/**
 * An in-memory event store for tests of hosts that keep Thyrida's events: streams by id, append with
 * an expected version (optimistic concurrency: a conflict is an error, never a silent overwrite),
 * read and replay from a version (ADR 0031).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.testkit.store;
