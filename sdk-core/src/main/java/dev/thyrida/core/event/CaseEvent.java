package dev.thyrida.core.event;

/**
 * An event about citizens' requests and mailbox documents (γεγονός αιτημάτων και εγγράφων, L26-1, L26-2, X1, X2).
 */
public sealed interface CaseEvent extends Event
    permits DocumentIssued,
        RequestAssigned,
        RequestCompleted,
        RequestRejected,
        RequestSubmitted,
        RetentionExtended {}
