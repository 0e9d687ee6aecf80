package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.PostingEnded;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.decide.GovernanceRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The effect of a posting's end (D8): the end itself, then one removal per mailbox of that KEP the
 * employee handles and is no longer eligible at once the posting has ended (another posting at the
 * same KEP may still justify the assignment).
 */
final class PostingEnd {

  private PostingEnd() {}

  static List<Event> events(RecordPostingEnd command, Directory directory, GovernanceRules rules) {
    Actor actor = Actor.of(command.actor());
    PostingEnded ended = new PostingEnded(actor, command.issuedAt(), command.employee(), command.posting(),
        command.validUntil());
    List<Event> events = new ArrayList<>(List.of(ended));
    KepCode kep = directory.posting(command.posting()).orElseThrow().kep();
    Directory after = directory.evolve(ended);
    Instant then = command.validUntil().isAfter(command.issuedAt()) ? command.validUntil() : command.issuedAt();
    if (Eligibility.isEligible(command.employee(), kep, then, after)) {
      return events;
    }
    directory.mailboxesHandledBy(command.employee()).stream()
        .filter(mailbox -> Supervision.kepOf(mailbox, directory).filter(kep::equals).isPresent())
        .sorted(Comparator.comparing(MailboxId::value))
        .forEach(mailbox -> events.add(new HandlerRemoved(actor, command.issuedAt(), mailbox, command.employee(), Clause.D8)));
    return events;
  }
}
