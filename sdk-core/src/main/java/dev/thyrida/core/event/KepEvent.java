package dev.thyrida.core.event;

/**
 * An event about KEPs and mailboxes: registration, supervisor, activation, handlers and administrators (γεγονός ΚΕΠ και θυρίδας, C1, C2, C5, C6, C7, D6, D7, X2, X3).
 */
public sealed interface KepEvent extends Event
    permits AdministratorDeactivated,
        AdministratorDesignated,
        AdministratorRecovered,
        AdministratorRemoved,
        DesignationApproved,
        DesignationAwaitingApproval,
        HandlerAdded,
        HandlerMoved,
        HandlerRemoved,
        KepRegistered,
        MailboxActivated,
        MailboxCreated,
        SupervisorAppointed {}
