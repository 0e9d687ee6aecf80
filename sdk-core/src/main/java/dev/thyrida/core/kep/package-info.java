/**
 * KEPs (Κέντρα Εξυπηρέτησης Πολιτών) and mailboxes (θυρίδες): their supervisor, activation state,
 * administrators and handlers (C1, C2, C7, L26-1, X1, X2, X3).
 *
 * <p>API.
 */
package dev.thyrida.core.kep;
