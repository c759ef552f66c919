package org.cppp.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetAccounts extends JpaRepository<BudgetAccount, Long> {

  Optional<BudgetAccount> findByCode(String code);

  boolean existsByCode(String code);

  List<BudgetAccount> findAllByOrderByPeriodFromAscCodeAsc();
}
