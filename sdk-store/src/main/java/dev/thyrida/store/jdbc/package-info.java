/**
 * The event log kept in a relational database over plain JDBC (no ORM, no framework): PostgreSQL
 * for production, H2 as the embedded default. {@link dev.thyrida.store.jdbc.Migrations} creates the
 * schema from the SQL files the module ships; {@link dev.thyrida.store.jdbc.JdbcEventLog} appends
 * each batch in one database transaction (ADR 0141).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.store.jdbc;
