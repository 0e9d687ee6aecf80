package dev.thyrida.testkit.hr;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Posting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the fake HR registry recorded, over time: postings with their validity (D8), losses of status
 * (C6) and supervisor appointments (C7). Queries answer for any instant. Thread-safe.
 */
public final class HrHistory {

  private final Set<KepCode> keps = new HashSet<>();
  private final Set<TaxId> hired = new HashSet<>();
  private final Map<TaxId, Instant> lostAt = new HashMap<>();
  private final Map<PostingId, Posting> postings = new LinkedHashMap<>();
  private final Map<KepCode, List<Appointment>> appointments = new HashMap<>();

  /** A supervisor appointment. */
  private record Appointment(TaxId supervisor, Instant since) {}

  HrHistory() {}

  synchronized void kep(KepCode kep) {
    if (!keps.add(kep)) {
      throw new IllegalStateException("KEP " + kep + " is already registered");
    }
  }

  synchronized void hire(TaxId employee) {
    if (!hired.add(employee)) {
      throw new IllegalStateException("employee " + employee + " is already hired");
    }
  }

  synchronized void post(Posting posting) {
    requireActive(posting.employee(), posting.validFrom());
    requireKep(posting.kep());
    postings.put(posting.id(), posting);
  }

  synchronized TaxId end(PostingId id, Instant at) {
    Posting posting = postings.get(id);
    if (posting == null || posting.validUntil().isPresent() || !at.isAfter(posting.validFrom())) {
      throw new IllegalStateException("posting " + id + " is not open, or ends before it starts");
    }
    postings.put(id, posting.endingAt(at));
    return posting.employee();
  }

  synchronized void lose(TaxId employee, Instant at) {
    requireActive(employee, at);
    lostAt.put(employee, at);
  }

  synchronized void appoint(KepCode kep, TaxId supervisor, Instant since) {
    requireKep(kep);
    requireActive(supervisor, since);
    appointments.computeIfAbsent(kep, code -> new ArrayList<>()).add(new Appointment(supervisor, since));
  }

  /**
   * Whether an employee held public-servant status at an instant (C6).
   *
   * @param employee the tax id
   * @param at the instant
   * @return true when hired and not yet lost at that instant
   */
  public synchronized boolean isActive(TaxId employee, Instant at) {
    Instant lost = lostAt.get(employee);
    return hired.contains(employee) && (lost == null || at.isBefore(lost));
  }

  /**
   * The postings that held at a KEP at an instant (D8).
   *
   * @param kep the KEP
   * @param at the instant
   * @return the postings, in recording order
   */
  public synchronized List<Posting> postingsAt(KepCode kep, Instant at) {
    return postings.values().stream().filter(p -> p.kep().equals(kep) && p.validAt(at)).toList();
  }

  /**
   * Every posting recorded, with its current end, in recording order.
   *
   * @return the postings
   */
  public synchronized List<Posting> postings() {
    return List.copyOf(postings.values());
  }

  /**
   * The supervisor of a KEP at an instant: the latest appointment made by then (C7).
   *
   * @param kep the KEP
   * @param at the instant
   * @return the supervisor, if one had been appointed
   */
  public synchronized Optional<TaxId> supervisorAt(KepCode kep, Instant at) {
    return appointments.getOrDefault(kep, List.of()).stream()
        .filter(appointment -> !appointment.since().isAfter(at))
        .reduce((earlier, later) -> later)
        .map(Appointment::supervisor);
  }

  private void requireActive(TaxId employee, Instant at) {
    if (!isActive(employee, at)) {
      throw new IllegalStateException("employee " + employee + " is not an active hire at " + at);
    }
  }

  private void requireKep(KepCode kep) {
    if (!keps.contains(kep)) {
      throw new IllegalStateException("KEP " + kep + " is not registered");
    }
  }
}
