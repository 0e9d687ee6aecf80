/**
 * QuickTheories generators of Thyrida's values (ADR 0003): tax ids valid and invalid by check digit
 * (X7), Greek person names, employees with postings (C3, D8), and seeded directories (X9). Every
 * generator draws only from QuickTheories' randomness, so a QuickTheories seed reproduces it.
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.testkit.generators;
