package dev.thyrida.bench;

import dev.thyrida.policy.credential.CredentialPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.passay.AllowedCharacterRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;

/**
 * How long the K4/K5 checks take in Thyrida and in Passay configured with the same rules (the
 * default profile), on a valid password, a long valid one, and one that breaks several rules; and
 * Thyrida's username check on a valid, a long valid and a Greek username.
 * Run with {@code -prof gc} to see Thyrida allocate nothing on valid input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CredentialBenchmark {

  private static final String LETTERS_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String SPECIALS = "!@#$^&-_.";

  /** The password: valid (10), valid at the 128 maximum, and Greek with a space and no digit. */
  @Param({"Abcdef1!xy", "LONG_VALID", "Καλημέρα κόσμε!"})
  public String input;

  private String password;
  private String username;
  private final CredentialPolicy thyrida = CredentialPolicy.defaults();
  private final PasswordValidator passay = new PasswordValidator(
      new LengthRule(8, 128),
      new CharacterRule(EnglishCharacterData.UpperCase, 1),
      new CharacterRule(EnglishCharacterData.LowerCase, 1),
      new CharacterRule(EnglishCharacterData.Digit, 1),
      new CharacterRule(new Specials(), 1),
      new AllowedCharacterRule((LETTERS_DIGITS + SPECIALS).toCharArray()));

  /** K5's nine specials as Passay character data. */
  private static final class Specials implements CharacterData {
    @Override
    public String getErrorCode() {
      return "INSUFFICIENT_SPECIAL";
    }

    @Override
    public String getCharacters() {
      return SPECIALS;
    }
  }

  /** Creates the benchmark state; JMH instantiates it. */
  public CredentialBenchmark() {
    // set up in the field initialisers
  }

  /**
   * Resolves the parameter into the password checked.
   */
  @org.openjdk.jmh.annotations.Setup
  public void setUp() {
    password = "LONG_VALID".equals(input) ? "Ab1!" + "x9_Z".repeat(31) : input;
    username = "LONG_VALID".equals(input) ? "x9_Z".repeat(16) : input.startsWith("A") ? "maria_pap1" : input;
  }

  /**
   * Thyrida's password check.
   *
   * @return whether the password is valid
   */
  @Benchmark
  public boolean thyridaPassword() {
    return thyrida.checkPassword(password).isValid();
  }

  /**
   * Passay's password check with the same rules.
   *
   * @return whether the password is valid
   */
  @Benchmark
  public boolean passayPassword() {
    return passay.validate(new PasswordData(password)).isValid();
  }

  /**
   * Thyrida's username check: a valid one (10), a valid one at the 64 maximum, the Greek text.
   *
   * @return whether the text is a valid username
   */
  @Benchmark
  public boolean thyridaUsername() {
    return thyrida.checkUsername(username).isValid();
  }
}
