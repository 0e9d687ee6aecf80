/**
 * The password strength estimate the form shows (ένδειξη ισχύος κωδικού, K7): four levels with the
 * guesses (log10) behind them. It never affects validity. Method and limits: ADR 0025.
 *
 * <p>API.
 */
package dev.thyrida.policy.credential.strength;
