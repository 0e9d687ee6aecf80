/** Bean Validation messages that follow each request's locale (Greek or English). */
package dev.thyrida.spring.validation;
