package dev.thyrida.policy.audit;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.GovernanceRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The audit (έλεγχος) of a directory at an instant: every finding, most severe first, in a
 * deterministic order (severity, code, KEP, mailbox, person, parameters). Pure: the instant comes in.
 */
public final class Audit {

  private static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(Finding::code)
      .thenComparing(finding -> text(finding.kep().map(KepCode::value)))
      .thenComparing(finding -> text(finding.mailbox().map(MailboxId::value)))
      .thenComparing(finding -> text(finding.person().map(TaxId::value)))
      .thenComparing(finding -> finding.parameters().toString());

  private Audit() {}

  /**
   * Every finding about a directory at an instant.
   *
   * @param directory the directory
   * @param at the instant the audit looks at: postings, supervisors in office and status losses are each judged at it (D10)
   * @param rules the rules' options (X2's maximum)
   * @return the findings, most severe first; empty when all is in order
   * @throws InvalidValueException when an argument is missing
   */
  public static List<Finding> findings(Directory directory, Instant at, GovernanceRules rules) {
    if (directory == null || at == null || rules == null) {
      throw new InvalidValueException("Audit", "directory, at and rules are required");
    }
    List<Finding> found = new ArrayList<>();
    StaffFindings.exServants(directory, at, found::add);
    StaffFindings.ineligibleHandlers(directory, at, found::add);
    MailboxFindings.mailboxes(directory, at, rules, found::add);
    MailboxFindings.keps(directory, at, found::add);
    found.sort(ORDER);
    return List.copyOf(found);
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }
}
