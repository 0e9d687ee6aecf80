/** The example municipality: its people and the facts the portal starts from, as commands. */
package dev.thyrida.portal.seed;
