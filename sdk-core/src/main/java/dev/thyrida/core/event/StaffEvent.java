package dev.thyrida.core.event;

/**
 * An HR event about employees and their postings (γεγονός προσωπικού, C3, C6, D8).
 */
public sealed interface StaffEvent extends Event
    permits EmployeeRegistered,
        PostingEnded,
        PostingRecorded,
        StatusLost {}
