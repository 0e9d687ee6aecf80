/** What every page shares: security, language, the clock, the signed-in person, decisions as shown. */
package dev.thyrida.portal.web;
