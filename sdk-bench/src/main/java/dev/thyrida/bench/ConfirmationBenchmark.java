package dev.thyrida.bench;

import dev.thyrida.policy.credential.CredentialPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * K6: whether comparing a password with its confirmation takes the same time wherever they differ
 * (issue 13). Equal-length pairs differ at the first character, at the last, or not at all; Thyrida's
 * {@link CredentialPolicy#confirmationMatches} runs beside the JDK's constant-time {@link
 * MessageDigest#isEqual}, {@link String#equals} (an intrinsic that stops at the first difference,
 * but compares 16 or 32 bytes per step) and a plain loop that stops at the first difference: the
 * control that shows the measurement can see a position-dependent time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ConfirmationBenchmark {

  /** The password's length: a typical one, and the longest D2 allows. */
  @Param({"16", "128"})
  public int length;

  /** Where the confirmation differs: the first character, the last, or nowhere. */
  @Param({"first", "last", "equal"})
  public String differs;

  private String password;
  private String confirmation;
  private byte[] passwordBytes;
  private byte[] confirmationBytes;

  /** Builds the pair: a password of {@code length} characters and its altered copy. */
  @Setup
  public void pair() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + i % 26));
    }
    password = text.toString();
    char[] altered = password.toCharArray();
    if (differs.equals("first")) {
      altered[0] = 'Z';
    } else if (differs.equals("last")) {
      altered[length - 1] = 'Z';
    }
    confirmation = new String(altered);
    passwordBytes = password.getBytes(StandardCharsets.UTF_8);
    confirmationBytes = confirmation.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Thyrida's comparison (K6).
   *
   * @return whether they match
   */
  @Benchmark
  public boolean thyrida() {
    return CredentialPolicy.confirmationMatches(password, confirmation);
  }

  /**
   * The JDK's constant-time comparison of bytes, a peer.
   *
   * @return whether they match
   */
  @Benchmark
  public boolean messageDigestIsEqual() {
    return MessageDigest.isEqual(passwordBytes, confirmationBytes);
  }

  /**
   * The JDK's early-exit comparison.
   *
   * @return whether they match
   */
  @Benchmark
  public boolean stringEquals() {
    return password.equals(confirmation);
  }

  /**
   * The control: a loop that returns at the first difference, as a naive comparison does.
   *
   * @return whether they match
   */
  @Benchmark
  public boolean earlyExitLoop() {
    if (password.length() != confirmation.length()) {
      return false;
    }
    for (int i = 0; i < password.length(); i++) {
      if (password.charAt(i) != confirmation.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
