package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Designate an incoming administrator of a KEP mailbox (ορισμός νέου διαχειριστή, C1, C7, C10, X2, X3).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param incoming the incoming administrator
 */
@ThyridaStyle
@Value.Builder
public record DesignateAdministrator(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId incoming) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static DesignateAdministratorBuilder builder() {
    return new DesignateAdministratorBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param incoming the incoming administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public DesignateAdministrator {
    Shape.required("DesignateAdministrator", "actor", actor);
    Shape.required("DesignateAdministrator", "issuedAt", issuedAt);
    Shape.required("DesignateAdministrator", "mailbox", mailbox);
    Shape.required("DesignateAdministrator", "incoming", incoming);
  }
}
