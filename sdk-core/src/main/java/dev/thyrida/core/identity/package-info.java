/**
 * Identifiers of people and bodies, each validating its own shape: the tax id (ΑΦΜ) first.
 *
 * <p>API.
 */
package dev.thyrida.core.identity;
