/**
 * The rules of public-administration service credentials (Κωδικοί Δημόσιας Διοίκησης, K4–K7, D1–D5,
 * X4): profiles, the username and password checks that report every violation at once, the
 * confirmation check, the strength estimate, username suggestions and the Greek and English messages.
 *
 * <p>API. Start at {@link dev.thyrida.policy.credential.CredentialPolicy}.
 */
package dev.thyrida.policy.credential;
