package org.cppp.funding;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The versions of the accounts' periods: only added and read. */
interface BudgetPeriods extends Repository<BudgetPeriod, Long> {

  BudgetPeriod save(BudgetPeriod period);

  @Query(
      "select p from BudgetPeriod p join fetch p.account a left join fetch p.added"
          + " where a.code = :code order by p.version desc")
  List<BudgetPeriod> history(String code);
}
