package dev.thyrida.policy.credential.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The estimated guesses themselves (K7), not only their level: each pricing rule of
 * {@link PasswordStrength} at its boundaries, so that a change to any rule changes a figure here.
 */
@DisplayName("K7: what each part of a password costs in the strength estimate")
class GuessesTest {

  private static final double TWO = Math.log10(2);

  private static void costs(double expected, String password) {
    assertEquals(expected, PasswordStrength.estimate(password).guessesLog10(), 1e-9, password);
  }

  private static double log(double x) {
    return Math.log10(x);
  }

  @Test
  @DisplayName("K7: an unlisted character costs log10 of the alphabet the password's classes span: 10, 26 per case, 33, 100")
  void alphabets() {
    costs(2 * log(10), "93");
    costs(2 * log(52), "xQ");
    costs(2 * log(33), "#%");
    costs(2 * log(100), "λж");
    costs(3 * log(10 + 26 + 33), "a!5");
  }

  @Test
  @DisplayName("K7: the classes' edges: / and : beside digits, ` and { beside lower case, @ and [ beside upper case, DEL is not ASCII printable")
  void classEdges() {
    costs(2 * log(43), "0/");
    costs(2 * log(43), ":9");
    costs(2 * log(59), "a`");
    costs(2 * log(59), "z{");
    costs(2 * log(59), "A@");
    costs(2 * log(59), "Z[");
    costs(2 * log(52), "xA");
    costs(2 * log(52), "xZ");
    costs(2 * log(33), "~}");
    costs(2 * log(133), "#\u007F");
  }

  @Test
  @DisplayName("K7: a listed word costs 1 + log10 of its rank from 1, the longest match wins")
  void words() {
    costs(1, "password");
    costs(1 + log(3), "qwerty");
    costs(1 + log(4), "qwertyuiop");
    costs(1 + log(11), "admin");
    costs(1 + log(88), "thyrida");
  }

  @Test
  @DisplayName("K7: a word one character short is not the word")
  void wordAtTheEnd() {
    costs(4 * log(26) + TWO + log(26) * 2, "passwor");
  }

  @Test
  @DisplayName("K7: capitals and substitutions each double a word's cost; a cheaper reading of the same length is kept")
  void variations() {
    costs(1 + TWO, "Password");
    costs(1 + TWO, "PASSWORD");
    costs(1 + TWO, "p@ssword");
    costs(1 + 2 * TWO, "P@ssword");
    costs(1 + TWO, "p@ssw0rd");
    costs(1 + log(15) + TWO, "$ecret");
    costs(1 + log(15) + TWO, "s3cret");
    costs(1 + log(41) + TWO, "7est");
  }

  @Test
  @DisplayName("K7: beside a word, each other character costs its own class only (the attacker mangles the word)")
  void mangling() {
    costs(1 + log(26), "passwordX");
    costs(log(26) + 1 + log(11), "Xadmin");
    costs(1 + log(10) + log(33), "password5#");
    costs(1 + log(100), "passwordλ");
  }

  @Test
  @DisplayName("K7: a repeat or a step of one in letters or digits costs log10 2r for a run of r after its first character, and beats a word")
  void runs() {
    costs(log(26) + log(6), "abcd");
    costs(log(26) + log(6), "dcba");
    costs(log(26) + log(6), "aaaa");
    costs(log(10) + log(12), "7777777");
    // a run beats a word inside it: "000000" is listed, but from index 1 on this is one run
    costs(log(10) + log(12), "1000000");
    costs(2 * log(33), "!\"");
    costs(2 * log(43), "9:");
    costs(2 * log(43), "/0");
  }

  @Test
  @DisplayName("K7: a year 1900-2099 costs 2; other centuries, short tails and non-ASCII digits are not years")
  void years() {
    costs(2, "1985");
    costs(2, "2057");
    costs(4, "1357");
    costs(4, "3057");
    costs(log(36) + 2, "x1957");
    costs(4 * log(36), "x195");
    costs(4 * log(36), "19a5");
    costs(4 * log(110), "19\u0668\u0665");
    costs(2 + 2 * TWO, "1899");
  }

  @Test
  @DisplayName("K7: only the first 256 characters are read")
  void readBound() {
    costs(256 * log(52), "xQ".repeat(128));
    costs(256 * log(52), "xQ".repeat(129));
    costs(256 * log(52), "xQ".repeat(4000));
  }
}
