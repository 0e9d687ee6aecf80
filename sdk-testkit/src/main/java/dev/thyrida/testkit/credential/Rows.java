package dev.thyrida.testkit.credential;

import dev.thyrida.policy.credential.CredentialCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/** Collects catalogue rows in order. */
final class Rows {

  private final List<TrickyCredential> rows = new ArrayList<>();

  Rows add(String label, CredentialInput input, CredentialCode... expected) {
    EnumSet<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    codes.addAll(List.of(expected));
    rows.add(new TrickyCredential(label, input, codes));
    return this;
  }

  /**
   * One row per ASCII punctuation mark: valid when the mark is allowed, else the refusal codes.
   */
  Rows punctuation(String allowed, Function<String, CredentialInput> input,
      CredentialCode... refusal) {
    for (char mark : TrickyCredentials.asciiPunctuation().toCharArray()) {
      String label = TrickyCredentials.punctuationLabel(mark);
      if (allowed.indexOf(mark) >= 0) {
        add(label, input.apply(String.valueOf(mark)));
      } else {
        add(label, input.apply(String.valueOf(mark)), refusal);
      }
    }
    return this;
  }

  List<TrickyCredential> list() {
    return List.copyOf(rows);
  }

}
