package dev.thyrida.core.staff;

/** Why an employee lost public-servant status (λόγος απώλειας ιδιότητας, C6). */
public enum LossReason {
  /** Retirement (συνταξιοδότηση). */
  RETIREMENT,
  /** Resignation (παραίτηση). */
  RESIGNATION,
  /** Dismissal (απόλυση). */
  DISMISSAL,
  /** Death (θάνατος). */
  DEATH,
  /** End of a fixed-term contract (λήξη σύμβασης). */
  END_OF_CONTRACT,
  /** Any other reason the HR feed reports. */
  OTHER
}
