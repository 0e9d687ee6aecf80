package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.Printable;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.TaxId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed cells (docs/cli.md, the roster files): identifiers and names through the core's own values, tax ids with
 * the leading zeros a spreadsheet drops put back, dates as {@code 2025-03-01} or {@code 1/3/2025}
 * (day first, the Greek way) at midnight in Athens, or full ISO instants, and fixed words from a
 * documented list in any case. A bad cell is reported and read as absent.
 */
final class Cells {

  /** The zone a date without a time is read in: KEPs keep Greek office days. */
  static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

  private Cells() {}

  /** A required cell made into a value; a blank or invalid cell is reported and gives null. */
  static <T> T required(Row row, String column, Problems problems, Function<String, T> make) {
    String text = row.required(column, problems);
    return text == null ? null : make(row, column, problems, make, text);
  }

  /** An optional cell made into a value; an invalid one is reported and gives empty. */
  static <T> Optional<T> optional(Row row, String column, Problems problems, Function<String, T> make) {
    return row.optional(column).map(text -> make(row, column, problems, make, text));
  }

  private static <T> T make(Row row, String column, Problems problems, Function<String, T> make, String text) {
    try {
      return make.apply(text);
    } catch (InvalidValueException e) {
      row.problem(column, problems, e.problem());
      return null;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      row.problem(column, problems, e.getMessage());
      return null;
    }
  }

  /** A tax id; 7 or 8 digits get their leading zeros back (spreadsheets drop them). */
  static TaxId taxId(String text) {
    String digits = text.length() >= 7 && text.length() < 9 && text.chars().allMatch(Character::isDigit)
        ? "0".repeat(9 - text.length()) + text
        : text;
    return TaxId.of(digits);
  }

  /** A date (start of that day in Athens) or an ISO instant with its offset. */
  static Instant instant(String text) {
    try {
      if (text.indexOf('T') > 0) {
        return OffsetDateTime.parse(text).toInstant();
      }
      LocalDate day = text.indexOf('/') > 0 ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
      return day.atStartOfDay(ATHENS).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + Printable.cut(text) + "' is not a date (2025-03-01 or 1/3/2025)"
          + " or an instant (2025-03-01T09:00:00Z)");
    }
  }

  /**
   * The last day of something, as the instant it stops: a date means through that whole day (the
   * next midnight in Athens); an instant is taken as given.
   */
  static Instant lastDay(String text) {
    Instant start = instant(text);
    return text.indexOf('T') > 0 ? start : start.atZone(ATHENS).plusDays(1).toInstant();
  }

  /** An instant as a person in Athens reads it: {@code 2026-09-30}, or {@code 2026-09-30 14:05} when not at midnight. */
  static String local(Instant instant) {
    ZonedDateTime local = instant.atZone(ATHENS);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? local.toLocalDate().toString()
        : local.toLocalDate() + " " + local.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
  }

  /** One of a fixed list of words, in any case. */
  static <E> Function<String, E> oneOf(Map<String, E> words) {
    return text -> {
      E value = words.get(text.toLowerCase(Locale.ROOT));
      if (value == null) {
        throw new IllegalArgumentException("'" + Printable.cut(text) + "' is not one of " + String.join(", ", words.keySet()));
      }
      return value;
    };
  }
}
