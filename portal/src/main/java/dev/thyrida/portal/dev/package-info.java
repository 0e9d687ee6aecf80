/** Development only: the fake GSIS server in place of GSIS, and who is at its keyboard. */
package dev.thyrida.portal.dev;
