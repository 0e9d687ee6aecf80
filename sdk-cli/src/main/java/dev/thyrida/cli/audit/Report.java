package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.audit.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One finding as every format prints it: severity, code, clause, KEP, mailbox, person and name,
 * since when and for how many days, and the explanation in the chosen language.
 *
 * @param finding the finding, whose KEP and mailbox the report shows as the SDK sets them
 * @param personName the person's name from the roster, or empty
 * @param days whole days from {@code since} to the audit's instant, or empty
 * @param message the explanation in the chosen language
 */
record Report(Finding finding, Optional<String> personName,
    Optional<Long> days, String message) {

  /** The CSV columns and JSON members, in order. */
  static final List<String> COLUMNS =
      List.of("severity", "code", "clause", "kep", "mailbox", "person", "person_name", "since", "days", "message");

  /** The report of a finding at an instant, the name looked up in the directory. */
  static Report of(Finding finding, Directory directory, Instant at, Language language) {
    Optional<String> name = finding.person().flatMap(directory::employee).map(employee -> employee.name().toString());
    Optional<Long> days = finding.since().filter(since -> !since.isAfter(at))
        .map(since -> Duration.between(since, at).toDays());
    return new Report(finding, name, days, finding.message(language.locale()));
  }

  /** The fields in the order of {@link #COLUMNS}; absent ones are empty strings. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("severity", finding.severity().name());
    fields.put("code", finding.code().name());
    fields.put("clause", finding.clause().id());
    fields.put("kep", finding.kep().map(KepCode::value).orElse(""));
    fields.put("mailbox", finding.mailbox().map(MailboxId::value).orElse(""));
    fields.put("person", finding.person().map(TaxId::value).orElse(""));
    fields.put("person_name", personName.orElse(""));
    fields.put("since", finding.since().map(Instant::toString).orElse(""));
    fields.put("days", days.map(String::valueOf).orElse(""));
    fields.put("message", message);
    return fields;
  }
}
