package dev.thyrida.policy.credential;

import java.util.List;

/** The profiles Thyrida ships, the first entries of {@link CredentialProfiles}. */
final class NamedProfiles {

  /** The seed's rules (K4, K5) with D1's strict password alphabet. */
  static final CredentialProfile DEFAULT = ImmutableCredentialProfile.builder().name("default").build();

  /** D1's lenient profile: other printable ASCII also admitted in a password. */
  static final CredentialProfile LENIENT = ImmutableCredentialProfile.builder()
      .name("lenient").passwordAlphabet(PasswordAlphabet.LENIENT).build();

  /** X4: the gov.gr how-to variant: usernames with {@code .} instead of {@code _}; specials without {@code .}. */
  static final CredentialProfile GOVGR_HOWTO = ImmutableCredentialProfile.builder()
      .name("govgr-howto").usernameSymbols(".").passwordSpecials("!@#$^&-_").build();

  /** The shipped profiles, in the order {@link CredentialProfiles#names()} lists them first. */
  static final List<CredentialProfile> ALL = List.of(DEFAULT, LENIENT, GOVGR_HOWTO);

  private NamedProfiles() {}
}
