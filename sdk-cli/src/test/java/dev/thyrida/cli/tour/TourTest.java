package dev.thyrida.cli.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TourTest {

  private static final Run ENGLISH = Run.of("", "tour", "--lang", "en");

  @Test
  @DisplayName("The tour decides every step as the circular expects and exits 0")
  void everyStepAsExpected() {
    assertEquals(0, ENGLISH.status(), ENGLISH.err());
    assertFalse(ENGLISH.out().contains("\n  ! "), ENGLISH.out());
    assertEquals("", ENGLISH.err());
  }

  @Test
  @DisplayName("C1: activation makes the supervisor the administrator in the same decision")
  void activation() {
    assertTrue(ENGLISH.out().contains("(ActivateMailbox: mailbox.activated, mailbox.administrator-designated)"),
        ENGLISH.out());
  }

  @Test
  @DisplayName("C3: the ineligible handler is refused with its code and clause")
  void ineligible() {
    assertTrue(ENGLISH.out().contains("(AddHandler: NOT_ELIGIBLE_AT_KEP)"), ENGLISH.out());
  }

  @Test
  @DisplayName("C6, D6: a status loss removes the handler and suspends the account in one decision")
  void statusLoss() {
    assertTrue(ENGLISH.out().contains("(RecordStatusLoss: staff.status-lost, mailbox.handler-removed, account.authorisation-withdrawn, account.suspended)"),
        ENGLISH.out());
  }

  @Test
  @DisplayName("C7, X2: the two-step handover, with a third administrator refused in between")
  void handover() {
    String out = ENGLISH.out();
    int designated = out.indexOf("(DesignateAdministrator: mailbox.administrator-designated)");
    int third = out.indexOf("(DesignateAdministrator: INCOMING_NOT_CURRENT_SUPERVISOR, ADMINISTRATOR_LIMIT_REACHED)");
    int deactivated = out.indexOf("(DeactivateAdministrator: mailbox.administrator-deactivated)");
    assertTrue(designated > 0 && designated < third && third < deactivated, out);
    assertTrue(out.contains("administrators: Giorgos Nikolaou; handlers: Eleni Konstantinou"), out);
  }

  @Test
  @DisplayName("K5, D5: a refused and an accepted password, neither ever printed")
  void serviceAccount() {
    String out = ENGLISH.out();
    assertTrue(out.contains("(CreateServiceAccount: PASSWORD_NO_SPECIAL)"), out);
    assertTrue(out.contains("(CreateServiceAccount: account.created)"), out);
    for (String password : List.of("Eleni2026", "Kep#Nafplio-2026", "Dant-1990.kep")) {
      assertFalse(out.contains(password), password);
    }
  }

  @Test
  @DisplayName("The tour speaks Greek in a Greek locale, with the same decisions")
  void greek() {
    Run greek = Run.in(Locale.forLanguageTag("el-GR"), new byte[0], "tour");
    assertEquals(0, greek.status());
    assertTrue(greek.out().startsWith("Ξενάγηση Thyrida"), greek.out());
    assertTrue(greek.out().contains("διαχειριστές: Γιώργος Νικολάου· χειριστές: Ελένη Κωνσταντίνου"), greek.out());
    assertEquals(ENGLISH.out().split("\\[").length, greek.out().split("\\[").length, "same codes and clauses");
  }
}
