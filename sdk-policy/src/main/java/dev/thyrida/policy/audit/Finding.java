package dev.thyrida.policy.audit;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.explain.Messages;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit finding (εύρημα): what is wrong, how urgent, where (KEP, mailbox, person), since when if
 * known, and the named parameters its message uses. Every finding about a mailbox names it, and its
 * KEP when it is a KEP mailbox; so does an ex-servant's role held in a mailbox (handler,
 * administrator), whose {@code where} parameter names the same mailbox.
 *
 * @param code what was found
 * @param severity how urgent
 * @param kep the KEP concerned, if any (a KEP mailbox's KEP too)
 * @param mailbox the mailbox concerned, if any (the mailbox an ex-servant's role is held in too)
 * @param person the person concerned, if any
 * @param since since when, if known
 * @param parameters the named parameters, in the code's order
 */
public record Finding(
    FindingCode code,
    Severity severity,
    Optional<KepCode> kep,
    Optional<MailboxId> mailbox,
    Optional<TaxId> person,
    Optional<Instant> since,
    Map<String, String> parameters) {

  /**
   * Checks the components and freezes the parameters in order.
   *
   * @param code the code
   * @param severity the severity
   * @param kep the KEP
   * @param mailbox the mailbox
   * @param person the person
   * @param since since when
   * @param parameters the parameters
   */
  public Finding {
    Objects.requireNonNull(code, "Finding: code is required");
    Objects.requireNonNull(severity, "Finding: severity is required");
    Objects.requireNonNull(kep, "Finding: kep is required");
    Objects.requireNonNull(mailbox, "Finding: mailbox is required");
    Objects.requireNonNull(person, "Finding: person is required");
    Objects.requireNonNull(since, "Finding: since is required");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * The clause the finding concerns.
   *
   * @return {@code code().clause()}
   */
  public Clause clause() {
    return code.clause();
  }

  /**
   * The finding as a violation, for rendering and for hosts that treat both alike.
   *
   * @return a violation with the code, its clause and the parameters
   */
  public Violation violation() {
    return new Violation(code, code.clause(), parameters);
  }

  /**
   * The finding's message in Greek or English, from {@code FindingMessages}.
   *
   * @param locale the reader's locale
   * @return the sentence
   */
  public String message(Locale locale) {
    return Messages.render(violation(), locale);
  }
}
