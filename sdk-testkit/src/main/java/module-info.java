/**
 * Thyrida testkit: fakes, generators and helpers for test suites that embed Thyrida or integrate
 * with gov.gr login.
 */
module dev.thyrida.testkit {
  requires transitive dev.thyrida.policy;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires jdk.httpserver;
  requires static org.junit.jupiter.api;
  requires transitive quicktheories;

  exports dev.thyrida.testkit.clock;
  exports dev.thyrida.testkit.property;
  exports dev.thyrida.testkit.store;
  exports dev.thyrida.testkit.gsis;
  exports dev.thyrida.testkit.hr;
  exports dev.thyrida.testkit.directory;
  exports dev.thyrida.testkit.generators;
  exports dev.thyrida.testkit.credential;
  exports dev.thyrida.testkit.dsl;
  exports dev.thyrida.testkit.sequences;
}
