package dev.thyrida.core.staff;

/** The legal basis on which an employee works at a KEP (βάση απασχόλησης, C3). */
public enum PostingBasis {
  /** A permanent post at that KEP (οργανική θέση, C3 a). */
  ORGANIC_POSITION(false),
  /** Moved to the KEP by decision of the appointing body (μετακίνηση με απόφαση, C3 b). */
  TRANSFER_BY_DECISION(true),
  /** Another municipal employee placed at the KEP by decision (τοποθέτηση με απόφαση, C3 c). */
  PLACEMENT_BY_DECISION(true);

  private final boolean byDecision;

  PostingBasis(boolean byDecision) {
    this.byDecision = byDecision;
  }

  /**
   * Tells whether this basis rests on a decision, whose protocol number a posting must then carry.
   *
   * @return true for a transfer or a placement
   */
  public boolean byDecision() {
    return byDecision;
  }
}
