package org.cppp.factory;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.cppp.shared.ApplicantKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FactoryLinks extends JpaRepository<FactoryLink, Long> {

  long countByBusinessId(Long businessId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from FactoryLink l where l.factoryId = :factoryId")
  Optional<FactoryLink> lock(Long factoryId);

  /** The kind of the business the factory with this BR number is linked to. */
  @Query(
      "select b.kind from FactoryLink l, Business b, Factory f where l.businessId = b.id"
          + " and l.factoryId = f.id and f.brNumber = :factoryBr")
  Optional<ApplicantKind> kindOfFactory(String factoryBr);

  /** The BR number of the business the factory with this BR number is linked to. */
  @Query(
      "select b.brNumber from FactoryLink l, Business b, Factory f where l.businessId = b.id"
          + " and l.factoryId = f.id and f.brNumber = :factoryBr")
  Optional<String> businessOf(String factoryBr);
}
