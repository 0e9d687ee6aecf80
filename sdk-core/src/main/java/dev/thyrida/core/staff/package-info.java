/**
 * Staff (προσωπικό): employees, their public-servant status, and their postings at KEPs (C3, C6,
 * D6, D8). HR facts that the host's feed records; eligibility rules are the policy's, not here.
 *
 * <p>API.
 */
package dev.thyrida.core.staff;
