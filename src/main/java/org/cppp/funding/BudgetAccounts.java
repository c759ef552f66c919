package org.cppp.funding;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetAccounts extends JpaRepository<BudgetAccount, Long> {

  Optional<BudgetAccount> findByCode(String code);

  /**
   * The account with its row locked until the transaction ends, so balance and period checks and
   * the entries and extensions they allow happen one at a time, also across application instances.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from BudgetAccount a where a.code = :code")
  Optional<BudgetAccount> lockByCode(String code);

  boolean existsByCode(String code);

  List<BudgetAccount> findAllByOrderByPeriodFromAscCodeAsc();
}
