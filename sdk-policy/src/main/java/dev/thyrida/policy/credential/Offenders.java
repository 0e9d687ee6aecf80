package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The code points of one kind that broke a rule, gathered during the single pass: created only when
 * the first one is found, so valid input allocates nothing. Lists at most {@value #LISTED} of them,
 * which keeps a 1 MiB input's violation small.
 */
final class Offenders {

  /** How many offenders are listed by index in a violation; the count is always exact. */
  static final int LISTED = 16;

  private int count;
  private final int[] indexes = new int[LISTED];
  private final int[] codePoints = new int[LISTED];

  private Offenders() {}

  /** Adds an offender at a code-point index, creating the gathering on the first one. */
  static Offenders add(Offenders offenders, int index, int codePoint) {
    Offenders gathered = offenders == null ? new Offenders() : offenders;
    if (gathered.count < LISTED) {
      gathered.indexes[gathered.count] = index;
      gathered.codePoints[gathered.count] = codePoint;
    }
    gathered.count++;
    return gathered;
  }

  /**
   * D5: a password violation names positions only: {@code count}, {@code index} (the first, from 0),
   * {@code position} (the same, from 1) and {@code indexes}, never a character.
   */
  Violation positions(CredentialCode code) {
    return Violation.of(code, "count", Integer.toString(count), "index", Integer.toString(indexes[0]),
        "position", Integer.toString(indexes[0] + 1), "indexes", indexList());
  }

  /**
   * A username violation also names the characters: the first one's {@code codePoint} and
   * {@code name}, all of them in {@code characters}, the profile's {@code symbols}, and a hint about
   * the first one: {@code lookalike} (what it looks like) or {@code invisible} (a space, control or
   * format character).
   */
  Violation characters(CredentialCode code, String symbols) {
    int first = codePoints[0];
    List<String> parameters = new ArrayList<>(List.of("count", Integer.toString(count),
        "index", Integer.toString(indexes[0]), "position", Integer.toString(indexes[0] + 1),
        "codePoint", CodePoints.notation(first), "name", CodePoints.name(first),
        "characters", characterList(), "symbols", Spaced.of(symbols)));
    String lookalike = Lookalikes.of(first);
    if (lookalike != null) {
      parameters.addAll(List.of("lookalike", lookalike));
    } else if (CodePoints.isInvisible(first)) {
      parameters.addAll(List.of("invisible", CodePoints.notation(first)));
    }
    return Violation.of(code, parameters.toArray(new String[0]));
  }

  private String indexList() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < listed(); i++) {
      list.append(i == 0 ? "" : ", ").append(indexes[i]);
    }
    return count > LISTED ? list.append(", …").toString() : list.toString();
  }

  private String characterList() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < listed(); i++) {
      list.append(i == 0 ? "" : "; ").append(indexes[i]).append(": ")
          .append(CodePoints.notation(codePoints[i])).append(' ').append(CodePoints.name(codePoints[i]));
    }
    return count > LISTED ? list.append("; …").toString() : list.toString();
  }

  private int listed() {
    return Math.min(count, LISTED);
  }
}
