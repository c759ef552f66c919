package org.cppp.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The ledger: entries are only added and read. */
interface LedgerEntries extends Repository<LedgerEntry, Long> {

  LedgerEntry saveAndFlush(LedgerEntry entry);

  List<LedgerEntry> findByApplicationRefOrderByIdAsc(String applicationRef);

  @Query(
      "select e from LedgerEntry e join fetch e.account where e.applicationRef = :applicationRef"
          + " and e.kind = org.cppp.funding.EntryKind.COMMIT and e.note is null")
  /** The decision's own commitment (a variation's further commitment has a note). */
  Optional<LedgerEntry> findCommit(String applicationRef);

  @Query(
      "select e from LedgerEntry e join fetch e.account a where a.code = :code"
          + " and e.kind = org.cppp.funding.EntryKind.COMMITMENT_ADDED order by e.id desc")
  List<LedgerEntry> budgetAdded(String code);
}
