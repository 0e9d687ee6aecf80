/** The KEP mailbox administration of the circular (C1–C10). */
package dev.thyrida.portal.mailbox;
