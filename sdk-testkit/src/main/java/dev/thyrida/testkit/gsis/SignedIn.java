package dev.thyrida.testkit.gsis;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Who the test has signed in at each login path: the person "at the keyboard". Internal. */
final class SignedIn {

  private final Map<GsisPath, GsisIdentity> byPath = new ConcurrentHashMap<>();

  Optional<GsisIdentity> at(GsisPath path) {
    return Optional.ofNullable(byPath.get(path));
  }

  void signIn(GsisPath path, GsisIdentity identity) {
    byPath.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(identity, "identity"));
  }

  void signOut(GsisPath path) {
    byPath.remove(path);
  }
}
