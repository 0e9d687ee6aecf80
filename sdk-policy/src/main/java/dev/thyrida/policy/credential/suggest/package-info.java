/**
 * Username suggestions (προτάσεις ονόματος χρήστη, X8): ELOT 743 transliteration of a Greek full
 * name, shaped to a credential profile.
 *
 * <p>API.
 */
package dev.thyrida.policy.credential.suggest;
