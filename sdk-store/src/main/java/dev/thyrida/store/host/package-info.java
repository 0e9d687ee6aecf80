/**
 * The loop every host runs (τήρηση μητρώου): load the directory from the log (or resume from a kept
 * snapshot), decide a command, append its events at the position the decision was based on, evolve;
 * on a conflict catch up and decide again, a bounded number of times. Rejected decisions go back to
 * the caller and are never stored.
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.store.host;
