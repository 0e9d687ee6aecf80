package dev.thyrida.cli.audit;

import dev.thyrida.cli.Language;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
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
 * @param finding the finding
 * @param mailbox the finding's mailbox, or the mailbox a role is held in ({@code where}) when the finding names none
 * @param kep the finding's KEP, or that mailbox's KEP
 * @param personName the person's name from the roster, or empty
 * @param days whole days from {@code since} to the audit's instant, or empty
 * @param message the explanation in the chosen language
 */
record Report(Finding finding, Optional<MailboxId> mailbox, Optional<KepCode> kep, Optional<String> personName,
    Optional<Long> days, String message) {

  /** The CSV columns and JSON members, in order. */
  static final List<String> COLUMNS =
      List.of("severity", "code", "clause", "kep", "mailbox", "person", "person_name", "since", "days", "message");

  /** The report of a finding at an instant, the name looked up in the directory. */
  static Report of(Finding finding, Directory directory, Instant at, Language language) {
    Optional<String> name = finding.person().flatMap(directory::employee).map(employee -> employee.name().toString());
    Optional<Long> days = finding.since().filter(since -> !since.isAfter(at))
        .map(since -> Duration.between(since, at).toDays());
    Optional<MailboxId> mailbox = finding.mailbox().or(() -> Optional.ofNullable(finding.parameters().get("where"))
        .filter(where -> where.matches("[A-Za-z0-9._:-]{1,64}")).map(MailboxId::of)
        .filter(id -> directory.mailbox(id).isPresent()));
    Optional<KepCode> kep = finding.kep().or(() -> mailbox.flatMap(directory::mailbox).flatMap(Mailbox::kep));
    return new Report(finding, mailbox, kep, name, days, finding.message(language.locale()));
  }

  /** The fields in the order of {@link #COLUMNS}; absent ones are empty strings. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("severity", finding.severity().name());
    fields.put("code", finding.code().name());
    fields.put("clause", finding.clause().id());
    fields.put("kep", kep.map(Object::toString).orElse(""));
    fields.put("mailbox", mailbox.map(Object::toString).orElse(""));
    fields.put("person", finding.person().map(TaxId::value).orElse(""));
    fields.put("person_name", personName.orElse(""));
    fields.put("since", finding.since().map(Instant::toString).orElse(""));
    fields.put("days", days.map(String::valueOf).orElse(""));
    fields.put("message", message);
    return fields;
  }
}
