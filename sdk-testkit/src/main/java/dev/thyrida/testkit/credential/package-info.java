/**
 * Credential test data (δεδομένα ελέγχου διαπιστευτηρίων): a published catalogue of tricky usernames
 * and passwords (look-alikes, invisible characters, boundary lengths, every ASCII punctuation mark)
 * with the codes the default profile gives them (K4, K5, K6, D1–D3), as plain data for
 * parameterised tests (ADR 0070). No password appears in any {@code toString} (D5).
 *
 * <p>API (experimental until 1.0). Entry point: {@link dev.thyrida.testkit.credential.TrickyCredentials}.
 */
package dev.thyrida.testkit.credential;
