package dev.thyrida.policy.credential.hygiene;

import dev.thyrida.core.identity.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the host knows around a new password (D11): the person's words, the hashes of the previous
 * passwords with the function that made them, and its deny-list. Holds no password in clear.
 *
 * @param words the username, TAXISnet user id, tax id and names, each with the code it gives
 * @param previous the hashes of the previous passwords, newest first
 * @param hash the host's hash of a candidate, comparable with {@code previous} (e.g. with the account's salt)
 * @param denied the deny-list, lower-cased
 */
public record PasswordContext(List<Word> words, List<byte[]> previous, Function<CharSequence, byte[]> hash,
    Set<String> denied) {

  /**
   * One of the person's words.
   *
   * @param code the code a password holding it breaks
   * @param text the word
   */
  public record Word(HygieneCode code, String text) {}

  /**
   * Freezes the lists and lower-cases the deny-list.
   *
   * @param words the person's words
   * @param previous the previous passwords' hashes
   * @param hash the host's hash of a candidate
   * @param denied the deny-list
   */
  public PasswordContext {
    words = List.copyOf(words);
    previous = List.copyOf(previous);
    Objects.requireNonNull(hash, "PasswordContext: hash is required (use none() for no history)");
    denied = denied.stream().map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A context that knows nothing.
   *
   * @return the empty context
   */
  public static PasswordContext none() {
    return new PasswordContext(List.of(), List.of(), candidate -> new byte[0], Set.of());
  }

  /**
   * This context with the person's words.
   *
   * @param username the service username, when known
   * @param taxisNetUserId the TAXISnet user id, when known
   * @param taxId the tax id, when known
   * @param name the person's name, when known
   * @return the context
   */
  public PasswordContext withPerson(Optional<String> username, Optional<String> taxisNetUserId, Optional<String> taxId,
      Optional<PersonName> name) {
    List<Word> known = new java.util.ArrayList<>(words);
    username.ifPresent(text -> known.add(new Word(HygieneCode.PASSWORD_HOLDS_USERNAME, text)));
    taxisNetUserId.ifPresent(text -> known.add(new Word(HygieneCode.PASSWORD_HOLDS_TAXISNET_USER_ID, text)));
    taxId.ifPresent(text -> known.add(new Word(HygieneCode.PASSWORD_HOLDS_TAX_ID, text)));
    name.ifPresent(person -> {
      known.add(new Word(HygieneCode.PASSWORD_HOLDS_NAME, person.given()));
      known.add(new Word(HygieneCode.PASSWORD_HOLDS_NAME, person.family()));
    });
    return new PasswordContext(known, previous, hash, denied);
  }

  /**
   * This context with the previous passwords' hashes.
   *
   * @param hashes the hashes, newest first
   * @param hasher the function that made them, applied to the candidate
   * @return the context
   */
  public PasswordContext withPrevious(List<byte[]> hashes, Function<CharSequence, byte[]> hasher) {
    return new PasswordContext(words, hashes, hasher, denied);
  }

  /**
   * This context with the host's deny-list.
   *
   * @param list the refused passwords, compared ignoring case
   * @return the context
   */
  public PasswordContext withDenied(Set<String> list) {
    return new PasswordContext(words, previous, hash, list);
  }

  @Override
  public String toString() {
    return "PasswordContext[" + words.size() + " words, " + previous.size() + " previous, " + denied.size() + " denied]";
  }
}
