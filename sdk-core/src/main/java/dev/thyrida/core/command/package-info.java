/**
 * Commands (εντολές): one record per thing a principal may ask, in the imperative (HR facts,
 * mailbox governance, service accounts, requests and documents). Each names its actor and instant.
 *
 * <p>API.
 */
package dev.thyrida.core.command;
