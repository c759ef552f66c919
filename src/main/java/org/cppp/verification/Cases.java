package org.cppp.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Cases extends JpaRepository<VerificationCase, Long> {

  Optional<VerificationCase> findByApplicationRef(String applicationRef);

  boolean existsByApplicationRef(String applicationRef);

  List<VerificationCase> findByApplicationRefIn(Collection<String> references);

  long countByStatus(CaseStatus status);

  /**
   * The cases of a {@link CaseAccess.Scope}: all (staff), the factories' a user acts for, or a
   * provider's; optionally in one status.
   */
  @Query(
      "select c from VerificationCase c where (:all = true or c.factoryBr in :factoryBrs"
          + " or c.providerCode = :providerCode) and (:status is null or c.status = :status)"
          + " order by c.id desc")
  Page<VerificationCase> visibleTo(
      boolean all,
      Collection<String> factoryBrs,
      String providerCode,
      CaseStatus status,
      Pageable pageable);
}
