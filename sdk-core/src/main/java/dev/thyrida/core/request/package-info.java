/**
 * Citizens' requests (αιτήματα) to KEP mailboxes and the documents (έγγραφα) mailboxes keep, with
 * their retention (L26-1, L26-2, X1, X2).
 *
 * <p>API.
 */
package dev.thyrida.core.request;
