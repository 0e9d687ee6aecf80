/**
 * A fake HR registry (μητρώο ανθρώπινου δυναμικού): employees, postings, status changes and
 * supervisor appointments over time, emitting the HR-fact commands of sdk-core that a host feeds to
 * the governance deciders (C3, C6, C7, D8; ADR 0034).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.testkit.hr;
