package dev.thyrida.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** A tiny model for the runner's own tests: a set of member numbers, and who was ever removed. */
record Members(TreeSet<Integer> present, List<Integer> removed) {

  static Members empty() {
    return new Members(new TreeSet<>(), List.of());
  }

  Members with(int member) {
    TreeSet<Integer> next = new TreeSet<>(present);
    next.add(member);
    return new Members(next, removed);
  }

  Members without(int member) {
    TreeSet<Integer> next = new TreeSet<>(present);
    next.remove(member);
    List<Integer> gone = new ArrayList<>(removed);
    gone.add(member);
    return new Members(next, List.copyOf(gone));
  }

  static Action<Members> add(int member) {
    return Action.of("add(" + member + ")", state -> Transition.to(state.with(member),
        state.present().contains(member) ? "add duplicate" : "add new"));
  }

  static Action<Members> remove(int member) {
    return Action.of("remove(" + member + ")", state -> state.present().contains(member),
        state -> Transition.to(state.without(member), "remove"));
  }

  /** Adds any of 0..9, or removes a present member (drawn from the current state). */
  static Action<Members> draw(Members state, SplittableRandom random) {
    if (state.present().isEmpty() || random.nextBoolean()) {
      return add(random.nextInt(10));
    }
    List<Integer> members = List.copyOf(state.present());
    return remove(members.get(random.nextInt(members.size())));
  }
}
