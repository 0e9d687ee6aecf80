/**
 * Spring Boot auto-configuration of Thyrida (ADR 0150): the rules from {@code thyrida.*}, the event
 * store on the application's DataSource, validation messages by request locale, the GSIS login.
 */
package dev.thyrida.spring.autoconfigure;
