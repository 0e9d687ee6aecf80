package dev.thyrida.bench.race;

import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.credential.CredentialPolicy;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.casbin.jcasbin.main.Enforcer;

/**
 * Checks, before anything is timed, that every contender gives Thyrida's answers on the race's
 * corpora: the same failed-rule sets for every password and username, the same valid-or-not for the
 * one-regex and verdict-only paths, the same allowed-or-not for every access question. Prints one
 * line per contender; a disagreement prints its index and both answers (never the input, D5).
 */
public final class Agreement {

  private static final CredentialPolicy THYRIDA = CredentialPolicy.defaults();

  private Agreement() {}

  /**
   * Runs every check and prints the table.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    int disagreements = credentials(System.out) + access(new AccessCorpus(42, 1_000, 10_000), true, System.out);
    System.out.println("disagreements in all: " + disagreements);
    if (disagreements != 0) {
      System.exit(1);
    }
  }

  /** Every credential contender against Thyrida; returns the disagreements. */
  static int credentials(PrintStream out) {
    String[] passwords = Corpus.passwords(42);
    String[] usernames = Corpus.usernames(43);
    int valid = 0;
    for (String password : passwords) {
      valid += THYRIDA.checkPassword(password).isValid() ? 1 : 0;
    }
    out.printf("passwords: %,d, valid by Thyrida %,d%n", passwords.length, valid);
    int found = 0;
    found += compare(out, "password passay", passwords, p -> Broken.of(THYRIDA.checkPassword(p)),
        CredentialContenders::passayPassword);
    found += compare(out, "password regex", passwords, p -> Broken.of(THYRIDA.checkPassword(p)),
        CredentialContenders::regexPassword);
    found += compare(out, "password hand", passwords, p -> Broken.of(THYRIDA.checkPassword(p)),
        CredentialContenders::handPassword);
    found += compareValid(out, "password regex (valid only)", passwords, p -> THYRIDA.checkPassword(p).isValid(),
        CredentialContenders::regexPasswordValid);
    found += compareValid(out, "password Thyrida isValidPassword", passwords,
        p -> THYRIDA.checkPassword(p).isValid(), THYRIDA::isValidPassword);
    found += compare(out, "password Thyrida passwordCodeBits", passwords, p -> Broken.of(THYRIDA.checkPassword(p)),
        p -> Broken.ofBits(THYRIDA.passwordCodeBits(p)));
    valid = 0;
    for (String username : usernames) {
      valid += THYRIDA.checkUsername(username).isValid() ? 1 : 0;
    }
    out.printf("usernames: %,d, valid by Thyrida %,d%n", usernames.length, valid);
    found += compare(out, "username passay", usernames, u -> Broken.of(THYRIDA.checkUsername(u)),
        CredentialContenders::passayUsername);
    found += compare(out, "username regex", usernames, u -> Broken.of(THYRIDA.checkUsername(u)),
        CredentialContenders::regexUsername);
    found += compare(out, "username hand", usernames, u -> Broken.of(THYRIDA.checkUsername(u)),
        CredentialContenders::handUsername);
    found += compareValid(out, "username regex (valid only)", usernames, u -> THYRIDA.checkUsername(u).isValid(),
        CredentialContenders::regexUsernameValid);
    found += compareValid(out, "username Thyrida isValidUsername", usernames,
        u -> THYRIDA.checkUsername(u).isValid(), THYRIDA::isValidUsername);
    found += compare(out, "username Thyrida usernameCodeBits", usernames, u -> Broken.of(THYRIDA.checkUsername(u)),
        u -> Broken.ofBits(THYRIDA.usernameCodeBits(u, Optional.empty())));
    return found;
  }

  private static int compare(PrintStream out, String name, String[] corpus, ToIntFunction<String> expected,
      ToIntFunction<String> contender) {
    int disagreements = 0;
    for (int i = 0; i < corpus.length; i++) {
      int want = expected.applyAsInt(corpus[i]);
      int got = contender.applyAsInt(corpus[i]);
      if (want != got && disagreements++ < 3) {
        out.printf("  %s disagrees at %d: Thyrida %s, contender %s%n", name, i, Broken.words(want),
            Broken.words(got));
      }
    }
    out.printf("%-36s %,7d inputs, %d disagreements (failed-rule sets)%n", name, corpus.length, disagreements);
    return disagreements;
  }

  private static int compareValid(PrintStream out, String name, String[] corpus, Predicate<String> expected,
      Predicate<String> contender) {
    int disagreements = 0;
    for (int i = 0; i < corpus.length; i++) {
      boolean want = expected.test(corpus[i]);
      if (want != contender.test(corpus[i]) && disagreements++ < 3) {
        out.printf("  %s disagrees at %d: Thyrida %s%n", name, i, want ? "valid" : "invalid");
      }
    }
    out.printf("%-36s %,7d inputs, %d disagreements (valid or not)%n", name, corpus.length, disagreements);
    return disagreements;
  }

  /**
   * Every access contender against Thyrida; returns the disagreements. jCasbin's ACL encoding walks
   * every policy line per question (milliseconds each), so the forks of a benchmark may leave it to
   * the full check that {@link Race} runs first.
   */
  static int access(AccessCorpus corpus, boolean withAcl, PrintStream out) {
    List<List<String>> lines = corpus.policyLines();
    Enforcer acl = AccessContenders.acl(lines);
    Enforcer rbac = AccessContenders.rbac(lines);
    Enforcer roles = AccessContenders.roles(lines);
    Map<String, Map<String, Integer>> map = AccessContenders.hashMap(lines);
    int allowed = 0;
    int[] disagreements = new int[4];
    for (int i = 0; i < corpus.questions.length; i++) {
      AccessCorpus.Question q = corpus.questions[i];
      boolean want = Access.decide(q.principal, q.action, q.target, corpus.directory, corpus.rules).isAllowed();
      allowed += want ? 1 : 0;
      boolean[] got = {withAcl ? acl.enforce(q.user, q.mailbox, q.act) : want,
          rbac.enforce(q.user, q.mailbox, q.act), roles.enforce(q.user, q.mailbox, q.act),
          AccessContenders.allowed(map, q.user, q.mailbox, AccessContenders.bit(q.act))};
      for (int c = 0; c < got.length; c++) {
        if (got[c] != want && disagreements[c]++ < 3) {
          out.printf("  access contender %d disagrees at %d (%s %s %s): Thyrida %s, violations %s%n", c, i,
              q.user, q.act, q.mailbox, want ? "allowed" : "denied",
              Access.decide(q.principal, q.action, q.target, corpus.directory, corpus.rules).codes());
        }
      }
    }
    out.printf("access: %,d questions over %,d KEP mailboxes and %,d employees, %,d policy lines; allowed by"
        + " Thyrida %,d%n", corpus.questions.length, corpus.mailboxes.size(), corpus.employees.size(), lines.size(),
        allowed);
    String[] names = {withAcl ? "access jCasbin ACL" : "access jCasbin ACL (checked by Race long)",
        "access jCasbin RBAC with domains", "access jCasbin rights as roles", "access HashMap"};
    for (int c = 0; c < names.length; c++) {
      out.printf("%-36s %,7d questions, %d disagreements (allowed or not)%n", names[c], corpus.questions.length,
          disagreements[c]);
    }
    return disagreements[0] + disagreements[1] + disagreements[2] + disagreements[3];
  }
}
