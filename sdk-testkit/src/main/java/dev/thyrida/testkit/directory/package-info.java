/**
 * Fluent builders of directories (κατάλογος ΚΕΠ, θυρίδων και προσωπικού) for tests: "a KEP with a
 * supervisor, two handlers, an active mailbox", and a seeded national-scale directory of N KEPs and M
 * staff (X9). Each builds the events (given events) and the sdk-core directory they replay into
 * (given a directory), so a test can start from either (ADR 0035).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.testkit.directory;
