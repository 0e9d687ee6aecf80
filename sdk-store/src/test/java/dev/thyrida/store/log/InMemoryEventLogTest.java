package dev.thyrida.store.log;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Event log contract: the testkit's in-memory store")
class InMemoryEventLogTest extends EventLogContract {

  @Override
  EventLog freshLog() {
    return new TestkitLog();
  }
}
