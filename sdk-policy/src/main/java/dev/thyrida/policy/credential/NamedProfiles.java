package dev.thyrida.policy.credential;

import java.util.List;
import java.util.Objects;

/** The shipped profiles of {@link CredentialProfile#named(String)}. */
final class NamedProfiles {

  /** The seed's rules (K4, K5) with D1's strict password alphabet. */
  static final CredentialProfile DEFAULT = ImmutableCredentialProfile.builder().name("default").build();

  /** D1's lenient profile: other printable ASCII also admitted in a password. */
  static final CredentialProfile LENIENT = ImmutableCredentialProfile.builder()
      .name("lenient").passwordAlphabet(PasswordAlphabet.LENIENT).build();

  /** X4: the gov.gr how-to variant: usernames with {@code .} instead of {@code _}; specials without {@code .}. */
  static final CredentialProfile GOVGR_HOWTO = ImmutableCredentialProfile.builder()
      .name("govgr-howto").usernameSymbols(".").passwordSpecials("!@#$^&-_").build();

  private static final List<CredentialProfile> ALL = List.of(DEFAULT, LENIENT, GOVGR_HOWTO);

  private NamedProfiles() {}

  static CredentialProfile named(String name) {
    for (CredentialProfile profile : ALL) {
      if (profile.name().equals(name)) {
        return profile;
      }
    }
    throw new IllegalArgumentException("no credential profile is named " + Objects.toString(name)
        + "; known profiles: " + String.join(", ", names()));
  }

  static List<String> names() {
    return List.of(DEFAULT.name(), LENIENT.name(), GOVGR_HOWTO.name());
  }
}
