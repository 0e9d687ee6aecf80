package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X4: the registry of named credential profiles")
class CredentialProfilesTest {

  @Test
  @DisplayName("X4: a profile a host ships by ServiceLoader answers to its name, after the shipped ones")
  void serviceLoaderProfile() {
    assertSame(LoadedProfiles.AGENCY_Y, CredentialProfile.named("agency-y"));
    assertTrue(CredentialProfile.names().indexOf("agency-y") > CredentialProfile.names().indexOf("govgr-howto"));
  }

  @Test
  @DisplayName("X4: a profile registered in code answers to its name; registering it again is a no-op")
  void registeredProfile() {
    CredentialProfile mine = CredentialProfile.builder().name("registry-test").usernameMinLength(9).build();
    CredentialProfiles.register(mine);
    CredentialProfiles.register(CredentialProfile.builder().name("registry-test").usernameMinLength(9).build());
    assertEquals(mine, CredentialProfile.named("registry-test"));
    assertEquals(1, CredentialProfile.names().stream().filter("registry-test"::equals).count());
  }

  @Test
  @DisplayName("X4: a different profile under a taken name is refused, the shipped ones included")
  void takenNameRefused() {
    IllegalStateException taken = assertThrows(IllegalStateException.class,
        () -> CredentialProfiles.register(CredentialProfile.builder().name("default").usernameMinLength(9).build()));
    assertTrue(taken.getMessage().contains("default"), taken.getMessage());
    assertEquals(8, CredentialProfile.named("default").usernameMinLength());
  }

  @Test
  @DisplayName("X4: an unknown name is refused naming every known profile")
  void unknownName() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> CredentialProfile.named("nope"));
    assertTrue(unknown.getMessage().contains("agency-y") && unknown.getMessage().contains("govgr-howto"), unknown.getMessage());
  }
}
