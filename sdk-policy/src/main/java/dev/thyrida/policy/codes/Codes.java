package dev.thyrida.policy.codes;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.account.AccountCode;
import dev.thyrida.policy.audit.FindingCode;
import dev.thyrida.policy.casework.CaseworkCode;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.hygiene.HygieneCode;
import dev.thyrida.policy.decide.DecideCode;
import dev.thyrida.policy.governance.GovernanceCode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every code the SDK reports (κωδικοί): the violation codes of each family and the audit's finding
 * codes, in one namespace, each name unique and citing one clause (ADR 0098). The code reference
 * (docs/codes.md) is generated from here; a test checks that no code enum of the SDK is missing.
 */
public final class Codes {

  private static final List<Class<? extends ViolationCode>> ENUMS = List.of(AccessCode.class, GovernanceCode.class,
      AccountCode.class, CaseworkCode.class, CredentialCode.class, HygieneCode.class, DecideCode.class, FindingCode.class);

  private Codes() {}

  /**
   * The code enums, in the order the code reference lists them.
   *
   * @return the enums
   */
  public static List<Class<? extends ViolationCode>> enums() {
    return ENUMS;
  }

  /**
   * Every code of every enum, enum by enum in declaration order.
   *
   * @return the codes
   */
  public static List<ViolationCode> all() {
    return ENUMS.stream().flatMap(type -> Stream.of(type.getEnumConstants())).collect(Collectors.toUnmodifiableList());
  }
}
