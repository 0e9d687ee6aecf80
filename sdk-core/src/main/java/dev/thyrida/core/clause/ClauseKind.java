package dev.thyrida.core.clause;

/** What a clause of the register is: a sentence of a source document, a product decision or a public fact. */
public enum ClauseKind {
  /** Law 4727/2020 art. 26, as the circular summarises it (L26-x). */
  LAW,
  /** The circular on KEP mailbox users (C1–C10). */
  CIRCULAR,
  /** The guide to public-administration credentials (K1–K8). */
  GUIDE,
  /** A product decision of the team where the sources are silent (D-ids): not a source text. */
  DECISION,
  /** A public fact beyond the seeds, a configurable default (X-ids): not a source text. */
  FACT;

  /**
   * Whether the clause's Greek text is quoted from a source document.
   *
   * @return true for {@link #LAW}, {@link #CIRCULAR} and {@link #GUIDE}
   */
  public boolean quotesASource() {
    return this == LAW || this == CIRCULAR || this == GUIDE;
  }
}
