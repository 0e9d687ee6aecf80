package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.Command;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A weighted mix of command kinds (μείγμα εντολών) drawn from one cast; immutable. With {@link
 * #diligent(int)}, a share of the draws takes a step of a multi-step path the directory offers (a
 * handover to designate, an outgoing administrator to deactivate, a designation to approve, an
 * orphaned mailbox to recover: C7, C8, D7), so that long paths are reached in short runs.
 */
public final class CommandMix {

  private final Cast cast;
  private final Map<CommandKind, Integer> weights;
  private final int diligence;

  private CommandMix(Cast cast, Map<CommandKind, Integer> weights, int diligence) {
    this.cast = cast;
    this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    this.diligence = diligence;
  }

  /**
   * The kinds of the given families, at their default weights.
   *
   * @param cast the people besides the directory's
   * @param families at least one family
   * @return the mix
   */
  public static CommandMix of(Cast cast, CommandKind.Family... families) {
    List<CommandKind.Family> chosen = Arrays.asList(families);
    Map<CommandKind, Integer> weights = new EnumMap<>(CommandKind.class);
    for (CommandKind kind : CommandKind.values()) {
      if (chosen.contains(kind.family())) {
        weights.put(kind, kind.defaultWeight());
      }
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("a command mix needs at least one family");
    }
    return new CommandMix(cast, weights, 0);
  }

  /**
   * Every kind, at its default weight.
   *
   * @param cast the people besides the directory's
   * @return the mix
   */
  public static CommandMix all(Cast cast) {
    return of(cast, CommandKind.Family.values());
  }

  /**
   * The same mix with one kind reweighted; weight 0 leaves the kind out.
   *
   * @param kind the kind
   * @param weight its new weight, 0 or more
   * @return the new mix
   */
  public CommandMix weight(CommandKind kind, int weight) {
    if (weight < 0) {
      throw new IllegalArgumentException("a weight is 0 or more, not " + weight);
    }
    Map<CommandKind, Integer> next = new EnumMap<>(weights);
    if (weight == 0) {
      next.remove(kind);
    } else {
      next.put(kind, weight);
    }
    if (next.isEmpty()) {
      throw new IllegalArgumentException("a command mix needs at least one kind");
    }
    return new CommandMix(cast, next, diligence);
  }

  /**
   * The same mix, taking an offered step of a multi-step path in the given share of draws.
   *
   * @param percent the share of draws, 0 to 100
   * @return the new mix
   */
  public CommandMix diligent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("diligence is a percentage, not " + percent);
    }
    return new CommandMix(cast, weights, percent);
  }

  /**
   * The cast the mix draws people from.
   *
   * @return the cast
   */
  public Cast cast() {
    return cast;
  }

  /**
   * The kinds the mix draws, with their weights.
   *
   * @return the weights by kind
   */
  public Map<CommandKind, Integer> weights() {
    return weights;
  }

  /**
   * Draws one command from the scene.
   *
   * @param scene the current directory and instant
   * @param random the only randomness used
   * @return the command
   */
  public Command draw(Scene scene, SplittableRandom random) {
    List<CommandKind> open = diligence == 0 ? List.of() : Opportunities.offered(new Drawing(cast, scene, random), weights.keySet());
    if (!open.isEmpty() && random.nextInt(100) < diligence) {
      return open.get(random.nextInt(open.size())).draw(cast, scene, random);
    }
    int ticket = random.nextInt(weights.values().stream().mapToInt(Integer::intValue).sum());
    for (Map.Entry<CommandKind, Integer> entry : weights.entrySet()) {
      ticket -= entry.getValue();
      if (ticket < 0) {
        return entry.getKey().draw(cast, scene, random);
      }
    }
    throw new IllegalStateException("unreachable: tickets exhausted");
  }

  /**
   * The mix as a QuickTheories generator of single commands from a fixed scene: each value is drawn
   * from a {@code SplittableRandom} seeded by QuickTheories, so its seed reproduces it (sequences
   * over a changing directory come from {@link DecidedCommands#from}).
   *
   * @param scene the directory and instant to draw from
   * @return the generator
   */
  public Gen<Command> commands(Scene scene) {
    return SourceDSL.longs().all().map(seed -> draw(scene, new SplittableRandom(seed)));
  }

  /**
   * The kinds in the mix.
   *
   * @return the kinds, in declaration order
   */
  public Set<CommandKind> kinds() {
    return weights.keySet();
  }
}
