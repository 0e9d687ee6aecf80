/**
 * Thyrida core: the vocabulary of KEP mailboxes (θυρίδες ΚΕΠ) and public-administration service
 * credentials, as immutable values. Pure: no I/O, no clock, no random ids, no logging.
 */
module dev.thyrida.core {
  requires static org.immutables.value.annotations;
  requires org.pcollections;

  exports dev.thyrida.core.clause;
  exports dev.thyrida.core.decision;
  exports dev.thyrida.core.identity;
  exports dev.thyrida.core.style;
}
