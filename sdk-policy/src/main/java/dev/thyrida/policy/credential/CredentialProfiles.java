package dev.thyrida.policy.credential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The registry of named credential profiles (X4): the shipped {@code default}, {@code lenient} and
 * {@code govgr-howto}, then every {@link CredentialProfileSource} found by {@link ServiceLoader}, then
 * the profiles a host {@linkplain #register(CredentialProfile) registers} in code. One registry per
 * class loader of Thyrida, read by {@link CredentialProfile#named(String)}; the decisions themselves
 * never read it (they take a {@link CredentialProfile} value), so they stay pure (ADR 0026).
 *
 * <p>Thread-safe. A name is given once: registering another profile under a taken name is refused;
 * registering an equal profile again is a no-op, so a host's start-up code may run twice.
 */
public final class CredentialProfiles {

  private static volatile Map<String, CredentialProfile> byName;
  private static boolean loading;

  private CredentialProfiles() {}

  /**
   * The profile registered under a name.
   *
   * @param name the profile's name
   * @return the profile
   * @throws IllegalArgumentException naming the known profiles when no profile has that name
   */
  public static CredentialProfile named(String name) {
    CredentialProfile profile = registry().get(name);
    if (profile == null) {
      throw new IllegalArgumentException("no credential profile is named " + Objects.toString(name)
          + "; known profiles: " + String.join(", ", names()));
    }
    return profile;
  }

  /**
   * The registered names: the shipped ones first, then the loaded and registered ones in order.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.copyOf(registry().keySet());
  }

  /**
   * Registers a profile under its name, for the constraints' {@code profile} attribute and
   * {@link CredentialProfile#named(String)}.
   *
   * @param profile the profile, whose {@link CredentialProfile#name()} is the key
   * @throws IllegalStateException when another, different profile already has that name
   */
  public static synchronized void register(CredentialProfile profile) {
    Objects.requireNonNull(profile, "CredentialProfiles: profile is required");
    Map<String, CredentialProfile> next = new LinkedHashMap<>(registry());
    add(next, profile, "register");
    byName = ordered(next);
  }

  private static Map<String, CredentialProfile> registry() {
    Map<String, CredentialProfile> current = byName;
    return current != null ? current : load();
  }

  private static synchronized Map<String, CredentialProfile> load() {
    if (byName == null) {
      if (loading) {
        throw new IllegalStateException("CredentialProfiles: a CredentialProfileSource looked up a profile "
            + "while the registry was loading; build its profiles without CredentialProfile.named");
      }
      loading = true;
      try {
        byName = ordered(loadAll());
      } finally {
        loading = false;
      }
    }
    return byName;
  }

  private static Map<String, CredentialProfile> loadAll() {
    Map<String, CredentialProfile> all = new LinkedHashMap<>();
    for (CredentialProfile shipped : NamedProfiles.ALL) {
      add(all, shipped, "Thyrida");
    }
    for (CredentialProfileSource source : ServiceLoader.load(CredentialProfileSource.class)) {
      for (CredentialProfile profile : List.copyOf(source.profiles())) {
        add(all, profile, source.getClass().getName());
      }
    }
    return all;
  }

  private static void add(Map<String, CredentialProfile> all, CredentialProfile profile, String from) {
    CredentialProfile taken = all.putIfAbsent(profile.name(), profile);
    if (taken != null && !taken.equals(profile)) {
      throw new IllegalStateException("CredentialProfiles: " + from + " gives another profile named "
          + profile.name() + ", which is taken");
    }
  }

  private static Map<String, CredentialProfile> ordered(Map<String, CredentialProfile> all) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(all));
  }
}
