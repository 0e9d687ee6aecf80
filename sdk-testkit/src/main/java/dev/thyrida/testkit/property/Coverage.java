package dev.thyrida.testkit.property;

import java.util.Map;
import java.util.TreeMap;

/**
 * How often each coverage label was earned, over all steps of all runs of one check.
 *
 * @param counts steps that earned each label
 * @param steps all steps applied
 */
public record Coverage(Map<String, Long> counts, long steps) {

  /**
   * Copies the counts.
   *
   * @param counts steps that earned each label
   * @param steps all steps applied
   */
  public Coverage {
    counts = Map.copyOf(counts);
  }

  /**
   * The share of steps that earned a label.
   *
   * @param label the label
   * @return a number from 0 to 1 (0 for a label never earned)
   */
  public double share(String label) {
    return steps == 0 ? 0 : counts.getOrDefault(label, 0L) / (double) steps;
  }

  /**
   * A table of labels, counts and shares, sorted by label.
   *
   * @return one line per label
   */
  public String table() {
    StringBuilder table = new StringBuilder();
    new TreeMap<>(counts).forEach((label, count) -> table.append(String.format(
        java.util.Locale.ROOT, "    %6.2f%%  %d  %s%n", 100 * share(label), count, label)));
    return table.toString();
  }
}
