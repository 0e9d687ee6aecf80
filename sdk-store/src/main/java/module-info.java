/**
 * Thyrida store: persistence for hosts. The versioned JSON form of every command and event
 * ({@code dev.thyrida.store.json}), an append-only event log with optimistic concurrency
 * ({@code dev.thyrida.store.log}) kept in PostgreSQL or H2 over plain JDBC ({@code
 * dev.thyrida.store.jdbc}), and the load-decide-append loop every host needs ({@code
 * dev.thyrida.store.host}). An edge module: core and policy know nothing of it.
 */
module dev.thyrida.store {
  requires transitive dev.thyrida.policy;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive java.sql;

  exports dev.thyrida.store.json;
  exports dev.thyrida.store.log;
  exports dev.thyrida.store.jdbc;
  exports dev.thyrida.store.host;
}
