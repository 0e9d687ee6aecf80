package dev.thyrida.policy.credential;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/** A code of another rule family, which the credential types must refuse. */
enum ForeignCode implements ViolationCode {
  /** Some governance code. */
  OTHER;

  @Override
  public Clause clause() {
    return Clause.C1;
  }

  @Override
  public List<String> parameters() {
    return List.of();
  }
}
