/**
 * Agencies (φορείς): the public-sector bodies that employ staff and authorise them per application
 * (K8, X5).
 *
 * <p>API.
 */
package dev.thyrida.core.agency;
