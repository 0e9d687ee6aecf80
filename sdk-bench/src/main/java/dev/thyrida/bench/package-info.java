/**
 * JMH benchmarks of Thyrida (run {@code java -jar sdk-bench/target/benchmarks.jar}; see
 * {@code docs/benchmarks.md}): the credential checks against Passay, the tax id check, one event
 * evolving directories of 1,000 to 100,000 employees, AddHandler decisions, and the national audit
 * and replay (ADR 0080). Not API, not published.
 */
package dev.thyrida.bench;
