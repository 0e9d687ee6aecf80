/**
 * Thyrida core: the vocabulary of KEP mailboxes (θυρίδες ΚΕΠ) and public-administration service
 * credentials, as immutable values. Pure: no I/O, no clock, no random ids, no logging.
 */
module dev.thyrida.core {
  requires static org.immutables.value.annotations;
  requires org.pcollections;

  exports dev.thyrida.core.account;
  exports dev.thyrida.core.agency;
  exports dev.thyrida.core.clause;
  exports dev.thyrida.core.command;
  exports dev.thyrida.core.decision;
  exports dev.thyrida.core.directory;
  exports dev.thyrida.core.event;
  exports dev.thyrida.core.identity;
  exports dev.thyrida.core.kep;
  exports dev.thyrida.core.principal;
  exports dev.thyrida.core.request;
  exports dev.thyrida.core.staff;
  // Internal: the shared Immutables style, for Thyrida's own modules only (ADR 0007).
  exports dev.thyrida.core.style to dev.thyrida.policy, dev.thyrida.testkit;
}
