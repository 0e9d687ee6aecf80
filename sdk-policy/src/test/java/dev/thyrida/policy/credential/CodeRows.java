package dev.thyrida.policy.credential;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.provider.Arguments;

/** One row of a table-driven credential test: its name, the input, the exact codes expected. */
final class CodeRows {

  private CodeRows() {}

  static Arguments row(String name, String input, CredentialCode... codes) {
    Set<CredentialCode> expected = EnumSet.noneOf(CredentialCode.class);
    expected.addAll(List.of(codes));
    return Arguments.of(name, input, expected);
  }
}
