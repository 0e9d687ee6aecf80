package dev.thyrida.cli.audit;

import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed words of the roster files (docs/cli.md, the roster files), lower case, each mapped to the core's value. */
final class Vocabulary {

  /** {@code mailboxes.csv} state. */
  static final Map<String, MailboxState> STATE = words("active", MailboxState.ACTIVE, "inactive", MailboxState.INACTIVE);
  /** {@code roles.csv} role: true for an administrator. */
  static final Map<String, Boolean> ROLE = words("administrator", Boolean.TRUE, "handler", Boolean.FALSE);
  /** {@code employees.csv} status: true when lost. */
  static final Map<String, Boolean> STATUS = words("active", Boolean.FALSE, "lost", Boolean.TRUE);
  /** {@code employees.csv} loss_reason. */
  static final Map<String, LossReason> LOSS_REASON = words("retirement", LossReason.RETIREMENT,
      "resignation", LossReason.RESIGNATION, "dismissal", LossReason.DISMISSAL, "death", LossReason.DEATH,
      "end-of-contract", LossReason.END_OF_CONTRACT, "other", LossReason.OTHER);
  /** {@code postings.csv} basis (C3 a, b, c). */
  static final Map<String, PostingBasis> BASIS = words("organic", PostingBasis.ORGANIC_POSITION,
      "transfer", PostingBasis.TRANSFER_BY_DECISION, "placement", PostingBasis.PLACEMENT_BY_DECISION);
  /** {@code postings.csv} branch: the KEP staff branch (ΔΥΠ) or another municipal one. */
  static final Map<String, StaffBranch> BRANCH =
      words("kep", StaffBranch.KEP_STAFF_BRANCH, "other-municipal", StaffBranch.OTHER_MUNICIPAL);

  private Vocabulary() {}

  @SuppressWarnings("unchecked")
  private static <E> Map<String, E> words(Object... wordsAndValues) {
    Map<String, E> words = new LinkedHashMap<>();
    for (int i = 0; i < wordsAndValues.length; i += 2) {
      words.put((String) wordsAndValues[i], (E) wordsAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(words);
  }
}
