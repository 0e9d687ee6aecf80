package dev.thyrida.cli.explain;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.account.AccountCode;
import dev.thyrida.policy.audit.FindingCode;
import dev.thyrida.policy.casework.CaseworkCode;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.hygiene.HygieneCode;
import dev.thyrida.policy.decide.DecideCode;
import dev.thyrida.policy.governance.GovernanceCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every violation and finding code of the SDK, by name; a test keeps the list equal to a scan of policy. */
final class KnownCodes {

  private static final List<Class<? extends Enum<?>>> TYPES = List.of(CredentialCode.class, HygieneCode.class,
      GovernanceCode.class, AccessCode.class, AccountCode.class, CaseworkCode.class, DecideCode.class,
      FindingCode.class);

  private static final List<ViolationCode> ALL = TYPES.stream()
      .flatMap(type -> Stream.of(type.getEnumConstants())).map(ViolationCode.class::cast).toList();

  private KnownCodes() {}

  /** The codes with a name, ignoring case; several while names are not yet unique across the SDK. */
  static List<ViolationCode> named(String name) {
    List<ViolationCode> found = new ArrayList<>();
    ALL.stream().filter(code -> code.name().equalsIgnoreCase(name)).forEach(found::add);
    return found;
  }

  /** The code enums, as a test compares them with a scan of the policy module. */
  static List<Class<? extends Enum<?>>> types() {
    return TYPES;
  }

  /** The enum a code belongs to, whose bundle holds its message. */
  static Class<?> type(ViolationCode code) {
    return ((Enum<?>) code).getDeclaringClass();
  }
}
