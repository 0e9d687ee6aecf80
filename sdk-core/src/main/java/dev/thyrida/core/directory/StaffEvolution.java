package dev.thyrida.core.directory;

import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.PostingEnded;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.StaffEvent;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.ServantStatus;
import java.util.Optional;

/** Applies staff events (C3, C6, D8); an event about something missing changes nothing (ADR 0012). */
final class StaffEvolution {

  private StaffEvolution() {}

  static StaffRegister apply(StaffRegister staff, StaffEvent event) {
    if (event instanceof EmployeeRegistered) {
      return registered(staff, (EmployeeRegistered) event);
    }
    if (event instanceof PostingRecorded) {
      Posting posting = ((PostingRecorded) event).posting();
      return staff.postings().containsKey(posting.id()) ? staff : staff.withNewPosting(posting);
    }
    if (event instanceof PostingEnded) {
      return ended(staff, (PostingEnded) event);
    }
    if (event instanceof StatusLost) {
      return lost(staff, (StatusLost) event);
    }
    return staff;
  }

  private static StaffRegister registered(StaffRegister staff, EmployeeRegistered event) {
    if (staff.employees().containsKey(event.employee())) {
      return staff;
    }
    return staff.withEmployee(Employee.active(event.employee(), event.name(), event.agency()));
  }

  private static StaffRegister ended(StaffRegister staff, PostingEnded event) {
    Posting posting = staff.postings().get(event.posting());
    if (posting == null
        || !posting.employee().equals(event.employee())
        || !event.validUntil().isAfter(posting.validFrom())
        || posting.validUntil().equals(Optional.of(event.validUntil()))) {
      return staff;
    }
    return staff.withChangedPosting(posting.endingAt(event.validUntil()));
  }

  private static StaffRegister lost(StaffRegister staff, StatusLost event) {
    Employee employee = staff.employees().get(event.employee());
    ServantStatus lost = new ServantStatus.Lost(event.effectiveAt(), event.reason());
    if (employee == null || employee.status().equals(lost)) {
      return staff;
    }
    return staff.withEmployee(employee.withStatus(lost));
  }
}
