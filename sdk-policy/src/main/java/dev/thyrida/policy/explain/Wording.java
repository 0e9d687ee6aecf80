package dev.thyrida.policy.explain;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How values read in a sentence for a person (διατύπωση): instants in Athens time, dates in words,
 * people by name with their tax id in brackets where the directory knows them, and every sentence
 * starting with a capital letter. Pure: the zone is a fixed rule, no clock is read. Internal.
 */
final class Wording {

  /** The time zone of the circular's readers (Ώρα Ελλάδας). */
  static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private static final Pattern TAX_ID = Pattern.compile("[0-9]{9}");

  private final Optional<Directory> directory;
  private final DateTimeFormatter instants;
  private final DateTimeFormatter dates;

  Wording(Locale language, Optional<Directory> directory) {
    this.directory = directory;
    this.instants = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language).withZone(ATHENS);
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
  }

  String instant(Instant value) {
    return instants.format(value);
  }

  String date(LocalDate value) {
    return dates.format(value);
  }

  /** A person: {@code Μαρία Παπαδοπούλου (100000027)} when the directory knows them, else the tax id. */
  String person(TaxId taxId) {
    return directory.flatMap(known -> known.employee(taxId)).map(Employee::name)
        .map(name -> named(name, taxId)).orElse(taxId.value());
  }

  static String named(PersonName name, TaxId taxId) {
    return name.given() + " " + name.family() + " (" + taxId.value() + ")";
  }

  /**
   * A violation's parameters as a person reads them: an ISO instant in Athens time, a tax id the
   * directory knows by name; every other value as it is.
   */
  Map<String, String> parameters(Map<String, String> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    raw.forEach((name, value) -> out.put(name, value(value)));
    return out;
  }

  private String value(String text) {
    if (TAX_ID.matcher(text).matches()) {
      try {
        return person(TaxId.of(text));
      } catch (InvalidValueException notATaxId) {
        return text;
      }
    }
    if (text.length() >= 20 && Character.isDigit(text.charAt(0)) && text.endsWith("Z")) {
      try {
        return instant(Instant.parse(text));
      } catch (DateTimeParseException notAnInstant) {
        return text;
      }
    }
    return text;
  }

  /** The sentence with its first letter in upper case. */
  static String sentence(String text) {
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int first = text.codePointAt(i);
      if (Character.isLetter(first)) {
        return text.substring(0, i) + new String(Character.toChars(Character.toUpperCase(first)))
            + text.substring(text.offsetByCodePoints(i, 1));
      }
      if (!Character.isWhitespace(first) && first != '«' && first != '"') {
        return text;
      }
    }
    return text;
  }
}
