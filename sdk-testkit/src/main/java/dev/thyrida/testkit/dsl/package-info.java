/**
 * A given-when-then DSL over the deciders (σενάρια ελέγχου): given events or a directory, with the
 * rules' options; when a command; then events (exactly, or containing), then a directory (equal, or
 * matching a described predicate), or then rejected with exactly a set of codes. A failed
 * expectation throws an {@link java.lang.AssertionError} whose message names each broken rule with
 * its code and clause and shows the decision explained in English, so it reads as the circular
 * (ADR 0072). No dependency on a test framework.
 *
 * <p>API (experimental until 1.0). Entry point: {@link dev.thyrida.testkit.dsl.Scenario#given(dev.thyrida.core.event.Event...)}.
 */
package dev.thyrida.testkit.dsl;
