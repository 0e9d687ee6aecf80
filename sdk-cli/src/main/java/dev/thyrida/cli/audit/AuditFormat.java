package dev.thyrida.cli.audit;

/** The output formats of {@code thyrida audit}: {@code --format text|json|csv}. */
public enum AuditFormat {
  /** Each finding explained in the chosen language, then a summary line. */
  TEXT,
  /** One JSON object per finding, one per line (JSON Lines). */
  JSON,
  /** One CSV row per finding under a header row, for a spreadsheet. */
  CSV
}
