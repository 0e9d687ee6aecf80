package dev.thyrida.cli.audit;

import dev.thyrida.core.identity.TaxId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated national-scale roster export (X9): 1,000 KEPs, each with one active mailbox, its
 * supervisor as administrator and handler, and four more staff with postings; 5,000 staff in all.
 * Deterministic: person {@code n} has the tax id built from {@code n} with its check digit.
 */
final class NationalRoster {

  static final int KEPS = 1_000;
  static final int STAFF_PER_KEP = 5;

  private NationalRoster() {}

  /** Writes the five files into a directory and returns it. */
  static Path writeTo(Path directory) {
    StringBuilder keps = new StringBuilder(String.join(",", RosterFiles.KEP_COLUMNS)).append('\n');
    StringBuilder mailboxes = new StringBuilder(String.join(",", RosterFiles.MAILBOX_COLUMNS)).append('\n');
    StringBuilder roles = new StringBuilder(String.join(",", RosterFiles.ROLE_COLUMNS)).append('\n');
    StringBuilder employees = new StringBuilder(String.join(",", RosterFiles.EMPLOYEE_COLUMNS)).append('\n');
    StringBuilder postings = new StringBuilder(String.join(",", RosterFiles.POSTING_COLUMNS)).append('\n');
    for (int k = 0; k < KEPS; k++) {
      String kep = String.format("%04d", k + 1);
      String supervisor = taxId(k * STAFF_PER_KEP + 1);
      keps.append(kep).append(",ΚΕΠ ").append(kep).append(",Δήμος ").append(k / 3).append(',')
          .append(supervisor).append(",2020-01-01\n");
      mailboxes.append("mb-").append(kep).append(',').append(kep).append(",active\n");
      roles.append("mb-").append(kep).append(',').append(supervisor).append(",administrator\n");
      for (int s = 1; s <= STAFF_PER_KEP; s++) {
        String person = taxId(k * STAFF_PER_KEP + s);
        roles.append("mb-").append(kep).append(',').append(person).append(",handler\n");
        employees.append(person).append(",Όνομα").append(s).append(",Επώνυμο").append(k)
            .append(",dimos-").append(k / 3).append(",active,,\n");
        postings.append(person).append(',').append(kep).append(s == 5 ? ",transfer,kep,Δ.Ν. " + k : ",organic,kep,")
            .append(",2019-01-01,").append(s == 5 ? "2027-12-31" : "").append('\n');
      }
    }
    write(directory, "keps.csv", keps);
    write(directory, "mailboxes.csv", mailboxes);
    write(directory, "roles.csv", roles);
    write(directory, "employees.csv", employees);
    write(directory, "postings.csv", postings);
    return directory;
  }

  /** The valid tax id (X7) whose first eight digits are {@code 10000000 + n}. */
  static String taxId(int n) {
    String digits = Integer.toString(10_000_000 + n);
    return digits + TaxId.checkDigit(digits);
  }

  private static void write(Path directory, String name, CharSequence content) {
    try {
      Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
