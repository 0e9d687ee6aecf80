/**
 * Command sequences for stateful properties (ADR 0100): draws each kind of command (governance
 * C1–C10, D7, X3; HR facts C3, C6, D6, D8; service accounts K2–K6, D4; requests and documents L26-2,
 * X2) with its arguments taken from the CURRENT directory, so that most commands are meaningful,
 * with deliberately wrong arguments and random actors now and then; and an {@link
 * dev.thyrida.testkit.property.ActionSource} that decides each drawn command with the standard
 * decider and applies the accepted events. Every draw uses only the given {@link
 * java.util.SplittableRandom}, so a seed reproduces a sequence.
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.testkit.sequences;
