package dev.thyrida.core.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

/** Reads the clock in every way the purity rule bans; used only to prove that the rule catches each. */
@SuppressWarnings("unused")
final class ReadsTheClock {

  private ReadsTheClock() {}

  static Object instantNow() { return Instant.now(); }

  static Object localDateNow() { return LocalDate.now(); }

  static Object localDateTimeNow() { return LocalDateTime.now(); }

  static Object localTimeNow() { return LocalTime.now(); }

  static Object zonedDateTimeNow() { return ZonedDateTime.now(); }

  static Object offsetDateTimeNow() { return OffsetDateTime.now(); }

  static Object yearNow() { return Year.now(); }

  static Object yearMonthNow() { return YearMonth.now(); }

  static Object newDate() { return new Date(); }

  static Object calendarGetInstance() { return Calendar.getInstance(); }

  static long currentTimeMillis() { return System.currentTimeMillis(); }

  static long nanoTime() { return System.nanoTime(); }

  static Object systemClock() { return Clock.systemUTC(); }
}
