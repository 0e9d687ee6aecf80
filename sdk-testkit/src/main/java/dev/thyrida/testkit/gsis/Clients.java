package dev.thyrida.testkit.gsis;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The clients registered at the fake, by path and id. Internal. */
record Clients(List<GsisClient> all) {

  Clients {
    all = List.copyOf(all);
  }

  Optional<GsisClient> find(GsisPath path, String clientId) {
    return all.stream().filter(c -> c.path() == path && c.clientId().equals(clientId)).findFirst();
  }

  /** The client, if registered at the path with exactly this secret (compared in constant time). */
  Optional<GsisClient> authenticate(GsisPath path, String clientId, String secret) {
    return find(path, clientId).filter(client -> MessageDigest.isEqual(
        client.clientSecret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8)));
  }
}
