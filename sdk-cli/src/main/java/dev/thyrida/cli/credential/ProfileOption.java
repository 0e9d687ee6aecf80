package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.UsageException;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --profile NAME} option of the credential commands (a picocli mixin). */
public final class ProfileOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "default",
      description = "Credential profile: default, lenient, govgr-howto or one a CredentialProfileSource on the "
          + "class path adds (default: ${DEFAULT-VALUE}).")
  private String profile;

  /** Creates the mixin; picocli fills it. */
  public ProfileOption() {
    // filled by picocli
  }

  /**
   * The policy of the chosen profile.
   *
   * @return the policy
   * @throws UsageException naming the option and the known profiles, never the value given (ADR 0062)
   */
  public CredentialPolicy policy() {
    if (!CredentialProfile.names().contains(profile)) {
      throw new UsageException(spec.commandLine(), "--profile names no known profile; known profiles: "
          + String.join(", ", CredentialProfile.names()));
    }
    return CredentialPolicy.of(CredentialProfile.named(profile));
  }
}
