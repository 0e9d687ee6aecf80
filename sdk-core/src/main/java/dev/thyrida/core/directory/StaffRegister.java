package dev.thyrida.core.directory;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSet;

/** The staff part of a directory: employees and postings, indexed by employee and by KEP. */
record StaffRegister(
    PMap<TaxId, Employee> employees,
    PMap<PostingId, Posting> postings,
    PMap<TaxId, PSet<PostingId>> postingsByEmployee,
    PMap<KepCode, PSet<PostingId>> postingsByKep) {

  static final StaffRegister EMPTY =
      new StaffRegister(HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  StaffRegister withEmployee(Employee employee) {
    return new StaffRegister(employees.plus(employee.taxId(), employee), postings, postingsByEmployee, postingsByKep);
  }

  StaffRegister withNewPosting(Posting posting) {
    return new StaffRegister(
        employees,
        postings.plus(posting.id(), posting),
        Index.add(postingsByEmployee, posting.employee(), posting.id()),
        Index.add(postingsByKep, posting.kep(), posting.id()));
  }

  StaffRegister withChangedPosting(Posting posting) {
    return new StaffRegister(employees, postings.plus(posting.id(), posting), postingsByEmployee, postingsByKep);
  }
}
