/**
 * JMH benchmarks of Thyrida (run {@code java -jar sdk-bench/target/benchmarks.jar}). Not published.
 */
package dev.thyrida.bench;
