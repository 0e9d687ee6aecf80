package dev.thyrida.core.event;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The register of event type names (τύποι γεγονότων): each stable name and the record it denotes,
 * for hosts that persist events and read them back.
 */
public final class EventTypes {

  private static final Map<String, Class<? extends Event>> BY_NAME = Map.ofEntries(
      entry(KepRegistered.TYPE, KepRegistered.class),
      entry(SupervisorAppointed.TYPE, SupervisorAppointed.class),
      entry(MailboxCreated.TYPE, MailboxCreated.class),
      entry(MailboxActivated.TYPE, MailboxActivated.class),
      entry(HandlerAdded.TYPE, HandlerAdded.class),
      entry(HandlerMoved.TYPE, HandlerMoved.class),
      entry(HandlerRemoved.TYPE, HandlerRemoved.class),
      entry(AdministratorDesignated.TYPE, AdministratorDesignated.class),
      entry(DesignationAwaitingApproval.TYPE, DesignationAwaitingApproval.class),
      entry(DesignationApproved.TYPE, DesignationApproved.class),
      entry(AdministratorDeactivated.TYPE, AdministratorDeactivated.class),
      entry(AdministratorRemoved.TYPE, AdministratorRemoved.class),
      entry(AdministratorRecovered.TYPE, AdministratorRecovered.class),
      entry(EmployeeRegistered.TYPE, EmployeeRegistered.class),
      entry(PostingRecorded.TYPE, PostingRecorded.class),
      entry(PostingEnded.TYPE, PostingEnded.class),
      entry(StatusLost.TYPE, StatusLost.class),
      entry(AgencyRegistered.TYPE, AgencyRegistered.class),
      entry(AgencyAdministratorAppointed.TYPE, AgencyAdministratorAppointed.class),
      entry(AgencyAdministratorRemoved.TYPE, AgencyAdministratorRemoved.class),
      entry(ServiceAccountCreated.TYPE, ServiceAccountCreated.class),
      entry(PasswordChanged.TYPE, PasswordChanged.class),
      entry(UsernameChanged.TYPE, UsernameChanged.class),
      entry(ServiceAccountSuspended.TYPE, ServiceAccountSuspended.class),
      entry(AuthorisationGranted.TYPE, AuthorisationGranted.class),
      entry(AuthorisationChanged.TYPE, AuthorisationChanged.class),
      entry(AuthorisationWithdrawn.TYPE, AuthorisationWithdrawn.class),
      entry(RequestSubmitted.TYPE, RequestSubmitted.class),
      entry(RequestAssigned.TYPE, RequestAssigned.class),
      entry(RequestCompleted.TYPE, RequestCompleted.class),
      entry(RequestRejected.TYPE, RequestRejected.class),
      entry(DocumentIssued.TYPE, DocumentIssued.class),
      entry(RetentionExtended.TYPE, RetentionExtended.class));

  private EventTypes() {}

  /**
   * Every type name with its record.
   *
   * @return an unmodifiable map from type name to record class
   */
  public static Map<String, Class<? extends Event>> all() {
    return BY_NAME;
  }

  /**
   * The record a type name denotes.
   *
   * @param type a type name, e.g. {@code mailbox.handler-added}
   * @return the record class, or empty when no event has that name
   */
  public static Optional<Class<? extends Event>> byName(String type) {
    return Optional.ofNullable(BY_NAME.get(type));
  }
}
