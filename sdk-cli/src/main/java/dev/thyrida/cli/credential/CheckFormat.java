package dev.thyrida.cli.credential;

/** The output formats of {@code thyrida check}: {@code --format text|codes|json}. */
public enum CheckFormat {
  /** Each verdict explained in the chosen language, then a summary line. */
  TEXT,
  /** Exactly one line per input line: {@code OK} or the codes separated by commas. */
  CODES,
  /** One JSON object per candidate, one per line (JSON Lines). */
  JSON
}
