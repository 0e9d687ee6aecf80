/**
 * Who acts (ταυτοποιημένος χρήστης): principals handed in by the host after authentication, the
 * identity the GSIS login yields, and the actor that events record (L26-3, C8, C9, X6, D9).
 *
 * <p>API.
 */
package dev.thyrida.core.principal;
