package dev.thyrida.policy.audit;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A finding being written: its subjects set one by one, its parameters put in the code's order on build. */
final class Draft {

  private final FindingCode code;
  private final Map<String, String> values = new HashMap<>();
  private KepCode kep;
  private MailboxId mailbox;
  private TaxId person;
  private Instant since;

  private Draft(FindingCode code) {
    this.code = code;
  }

  static Draft of(FindingCode code) {
    return new Draft(code);
  }

  Draft kep(KepCode value) {
    kep = value;
    return with("kep", value.value());
  }

  Draft mailbox(MailboxId value) {
    mailbox = value;
    return with("mailbox", value.value());
  }

  Draft person(TaxId value) {
    person = value;
    return with("person", value.value());
  }

  Draft since(Instant value) {
    since = value;
    return with("since", value.toString());
  }

  Draft with(String name, String value) {
    values.put(name, value);
    return this;
  }

  Finding build() {
    Map<String, String> parameters = new LinkedHashMap<>();
    code.parameters().forEach(name -> parameters.put(name, values.getOrDefault(name, "")));
    return new Finding(code, code.severity(), Optional.ofNullable(kep), Optional.ofNullable(mailbox),
        Optional.ofNullable(person), Optional.ofNullable(since), parameters);
  }
}
