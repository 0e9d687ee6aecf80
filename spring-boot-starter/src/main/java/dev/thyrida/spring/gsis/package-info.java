/**
 * The GSIS OAuth2 login (X6) for Spring Security: client registrations of the citizen and
 * public-administration paths, and the user service that reads the XML userinfo into the SDK's
 * authenticated identity.
 */
package dev.thyrida.spring.gsis;
