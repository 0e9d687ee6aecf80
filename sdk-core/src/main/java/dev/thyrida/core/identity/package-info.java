/**
 * Identifiers of people, bodies and things, each validating its own shape and throwing {@link
 * dev.thyrida.core.identity.InvalidValueException}: the tax id (ΑΦΜ), KEP codes, mailbox, agency,
 * application, request, document and posting ids, TAXISnet user ids, service usernames, person
 * names and decision references.
 *
 * <p>API.
 */
package dev.thyrida.core.identity;
