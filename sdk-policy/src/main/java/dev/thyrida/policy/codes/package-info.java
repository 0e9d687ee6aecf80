/**
 * The SDK's one namespace of codes (κωδικοί): {@link dev.thyrida.policy.codes.Codes} lists every code
 * enum, for references and tools (L26-3, ADR 0098).
 *
 * <p>API.
 */
package dev.thyrida.policy.codes;
