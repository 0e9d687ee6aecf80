package dev.thyrida.store.host;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.store.log.AppendConflict;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.Snapshot;
import java.util.Objects;

/**
 * A directory kept in an event log (τηρούμενο μητρώο): {@link #submit} decides a command against the
 * directory as of the log's head, appends the accepted events at that position, and evolves; when
 * another writer got there first it catches up with the log and decides again, at most {@link
 * #attempts()} times, then throws {@link Contended}. Thread-safe (one submission at a time); writers
 * in other threads or processes each keep their own.
 */
public final class KeptDirectory {

  /** How many times a submission is decided before it gives up, unless told otherwise. */
  public static final int DEFAULT_ATTEMPTS = 8;

  private final EventLog log;
  private final Decider decider;
  private final GovernanceRules rules;
  private final int attempts;
  private Snapshot snapshot;

  private KeptDirectory(EventLog log, Decider decider, GovernanceRules rules, int attempts, Snapshot snapshot) {
    this.log = Objects.requireNonNull(log, "log is required");
    this.decider = Objects.requireNonNull(decider, "decider is required");
    this.rules = Objects.requireNonNull(rules, "rules are required");
    if (attempts < 1) {
      throw new IllegalArgumentException("a submission is decided at least once, not " + attempts + " times");
    }
    this.attempts = attempts;
    this.snapshot = log.replay(Objects.requireNonNull(snapshot, "snapshot is required"));
  }

  /**
   * Loads the directory by replaying the whole log; commands are decided by the SDK's standard
   * decider ({@link Rulebook#standard()}).
   *
   * @param log the log
   * @param rules the rules every command is decided under
   * @return the kept directory, at the log's head
   */
  public static KeptDirectory load(EventLog log, GovernanceRules rules) {
    return new KeptDirectory(log, Rulebook.standard(), rules, DEFAULT_ATTEMPTS, Snapshot.empty());
  }

  /**
   * Resumes from a snapshot the host kept, replaying only the events after it.
   *
   * @param log the log
   * @param rules the rules every command is decided under
   * @param kept a snapshot of this log
   * @return the kept directory, at the log's head
   */
  public static KeptDirectory resume(EventLog log, GovernanceRules rules, Snapshot kept) {
    return new KeptDirectory(log, Rulebook.standard(), rules, DEFAULT_ATTEMPTS, kept);
  }

  /**
   * The same log and directory, deciding with another decider (a host's own composition of
   * families, {@link Decider#of}).
   *
   * @param other the decider
   * @return the new kept directory
   */
  public synchronized KeptDirectory deciding(Decider other) {
    return new KeptDirectory(log, other, rules, attempts, snapshot);
  }

  /**
   * The same log and directory, deciding a submission at most this many times.
   *
   * @param times at least 1
   * @return the new kept directory
   */
  public synchronized KeptDirectory attempting(int times) {
    return new KeptDirectory(log, decider, rules, times, snapshot);
  }

  /**
   * Decides a command and, when accepted, appends its events.
   *
   * @param command the command
   * @return the decision (rejections are not stored) and the position the directory then stands at
   * @throws Contended when every attempt lost a race to another writer; nothing of it was written
   * @throws dev.thyrida.store.log.StoreFailure when the store failed
   */
  public synchronized Submission submit(Command command) {
    Objects.requireNonNull(command, "command is required");
    AppendConflict last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Decision decision = decider.apply(command, snapshot.directory(), rules);
      if (!decision.isAccepted()) {
        return new Submission(decision, snapshot.position(), attempt);
      }
      try {
        long head = log.append(snapshot.position(), decision.events());
        snapshot = new Snapshot(snapshot.directory().evolveAll(decision.events()), head);
        return new Submission(decision, head, attempt);
      } catch (AppendConflict conflict) {
        last = conflict;
        snapshot = log.replay(snapshot);
      }
    }
    throw new Contended(attempts, last);
  }

  /**
   * Catches up with events other writers appended.
   *
   * @return the snapshot at the log's head
   */
  public synchronized Snapshot refresh() {
    snapshot = log.replay(snapshot);
    return snapshot;
  }

  /**
   * The directory as last loaded or written, and its position; keep it to {@link #resume} later.
   *
   * @return the snapshot
   */
  public synchronized Snapshot snapshot() {
    return snapshot;
  }

  /**
   * How many times a submission is decided before it gives up.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }
}
