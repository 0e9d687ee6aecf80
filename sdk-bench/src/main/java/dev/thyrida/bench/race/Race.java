package dev.thyrida.bench.race;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The race in one command: the full agreement check first (it exits on a disagreement), then every
 * race benchmark with the allocation profiler, then the table of times, bytes per call and ratios
 * (each peer's time over Thyrida's, Thyrida's over the limit's), all from the one run.
 *
 * <p>{@code java -cp sdk-bench/target/benchmarks.jar dev.thyrida.bench.race.Race [quick|long] [regex]}:
 * quick (the default, about 10 minutes on 2 cores) runs the mixed corpus and its valid half, warms each
 * contender 3 × 1 s and measures 3 × 1 s, and leaves out jCasbin's ACL encoding (milliseconds a
 * question: its agreement alone takes minutes); long runs every part and every encoding, warms 5 × 2 s and
 * measures 10 × 2 s. The optional regex narrows the benchmarks, e.g. {@code AccessRace}.
 */
public final class Race {

  private Race() {}

  /**
   * Runs the race.
   *
   * @param args {@code quick} or {@code long}, then an optional regex of benchmarks
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length == 0 || !"long".equals(args[0]);
    String include = args.length > 1 ? args[1] : "dev\\.thyrida\\.bench\\.race\\.(Password|Username|Bean|Access|Strength|Load)Race\\.";
    int disagreements = Agreement.credentials(System.out)
        + Agreement.access(new AccessCorpus(42, 1_000, 10_000), !quick, System.out);
    System.out.println("disagreements in all: " + disagreements);
    if (disagreements != 0) {
      System.exit(1);
    }
    StrengthRace.agreement("random", Races.part(Corpus.passwords(42), "valid",
        p -> CredentialContenders.handPassword(p) == 0), new Zxcvbn(), System.out);
    StrengthRace.agreement("human", HumanCorpus.passwords(44), new Zxcvbn(), System.out);
    ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1).addProfiler(GCProfiler.class)
        .warmupIterations(quick ? 4 : 5).warmupTime(TimeValue.seconds(2))
        .measurementIterations(quick ? 3 : 10).measurementTime(TimeValue.seconds(quick ? 1 : 2));
    if (quick) {
      // jCasbin's ACL walks every policy line per question (milliseconds each): the long pass only
      options.exclude("AccessRace\\.casbinAcl|LoadRace\\.casbinAcl");
      // the quick pass: the mixed corpus and the valid half only (the 0 B/op witness), shorter warm-ups
      options.param("corpus", "mixed", "valid").warmupIterations(3).warmupTime(TimeValue.seconds(1));
    }
    print(new Runner(options.build()).run());
  }

  /** The table: one block per race and corpus part, Thyrida first. */
  static void print(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String benchmark = params.getBenchmark();
      String race = benchmark.substring(0, benchmark.lastIndexOf('.'));
      String group = race.substring(race.lastIndexOf('.') + 1) + " " + String.join(",", values(params));
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(result);
    }
    System.out.printf("%n%-30s %-16s %14s %12s %16s%n", "race", "contender", "time", "B/op", "vs Thyrida");
    for (Map.Entry<String, List<RunResult>> group : groups.entrySet()) {
      double thyrida = Double.NaN;
      for (RunResult result : group.getValue()) {
        if (method(result).equals("thyrida")) {
          thyrida = result.getPrimaryResult().getScore();
        }
      }
      for (RunResult result : group.getValue()) {
        Result<?> primary = result.getPrimaryResult();
        Result<?> bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
        double ratio = primary.getScore() / thyrida;
        String versus = method(result).equals("thyrida") ? "1" : ratio >= 1
            ? String.format("%.1f× slower", ratio) : String.format("%.1f× faster", 1 / ratio);
        System.out.printf("%-30s %-16s %10.1f %-3s %12.0f %16s%n", group.getKey(), method(result),
            primary.getScore(), primary.getScoreUnit().replace("/op", ""),
            bytes == null ? Double.NaN : bytes.getScore(), versus);
      }
    }
  }

  private static List<String> values(BenchmarkParams params) {
    List<String> values = new ArrayList<>();
    for (String key : params.getParamsKeys()) {
      values.add(params.getParam(key));
    }
    return values;
  }

  private static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
