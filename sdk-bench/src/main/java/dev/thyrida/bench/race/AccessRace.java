package dev.thyrida.bench.race;

import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessDecision;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Access on the national directory (1,000 KEPs, 10,000 staff): the 20,000 seeded questions, split by
 * Thyrida's answer into the {@code allowed} and the {@code denied}; each call answers the next one.
 * jCasbin and the HashMap load the same flattened policy; the setup refuses to run unless all agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessRace {

  /** Which answers. */
  @Param({"allowed", "denied"})
  public String answer;

  private AccessCorpus corpus;
  private AccessCorpus.Question[] questions;
  private Enforcer acl;
  private Enforcer rbac;
  private Enforcer roles;
  private Map<String, Map<String, Integer>> map;
  private int next;

  /** Creates the state; JMH instantiates it. */
  public AccessRace() {
    // set up in setUp
  }

  /** Builds the directory, the questions and the peers' policies, and checks the agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = new AccessCorpus(42, 1_000, 10_000);
    Races.agreeOnAccess(corpus);
    boolean allowed = "allowed".equals(answer);
    questions = Arrays.stream(corpus.questions).filter(q -> allowed
        == Access.decide(q.principal, q.action, q.target, corpus.directory, corpus.rules).isAllowed())
        .toArray(AccessCorpus.Question[]::new);
    List<List<String>> lines = corpus.policyLines();
    acl = AccessContenders.acl(lines);
    rbac = AccessContenders.rbac(lines);
    roles = AccessContenders.roles(lines);
    map = AccessContenders.hashMap(lines);
  }

  private AccessCorpus.Question question() {
    AccessCorpus.Question question = questions[next];
    next = next + 1 == questions.length ? 0 : next + 1;
    return question;
  }

  /**
   * Thyrida's decision, with every violation when denied.
   *
   * @return the decision
   */
  @Benchmark
  public AccessDecision thyrida() {
    AccessCorpus.Question q = question();
    return Access.decide(q.principal, q.action, q.target, corpus.directory, corpus.rules);
  }

  /**
   * jCasbin, one line per right.
   *
   * @return whether allowed
   */
  @Benchmark
  public boolean casbinAcl() {
    AccessCorpus.Question q = question();
    return acl.enforce(q.user, q.mailbox, q.act);
  }

  /**
   * jCasbin, RBAC with domains.
   *
   * @return whether allowed
   */
  @Benchmark
  public boolean casbinRbac() {
    AccessCorpus.Question q = question();
    return rbac.enforce(q.user, q.mailbox, q.act);
  }

  /**
   * jCasbin, each right a role.
   *
   * @return whether allowed
   */
  @Benchmark
  public boolean casbinRoles() {
    AccessCorpus.Question q = question();
    return roles.enforce(q.user, q.mailbox, q.act);
  }

  /**
   * The limit: two hash lookups.
   *
   * @return whether allowed
   */
  @Benchmark
  public boolean hashMap() {
    AccessCorpus.Question q = question();
    return AccessContenders.allowed(map, q.user, q.mailbox, AccessContenders.bit(q.act));
  }
}
