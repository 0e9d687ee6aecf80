/**
 * Events (γεγονότα): one record per fact, in the past tense, each with its actor, instant, clause
 * and stable type name ({@link dev.thyrida.core.event.EventTypes}), grouped by topic.
 *
 * <p>API.
 */
package dev.thyrida.core.event;
