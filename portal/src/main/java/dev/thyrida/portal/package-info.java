/** The reference KEP portal's entry point (ADR 0151). */
package dev.thyrida.portal;
