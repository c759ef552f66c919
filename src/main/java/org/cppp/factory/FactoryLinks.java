package org.cppp.factory;

import jakarta.persistence.LockModeType;
import java.util.List;
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

  /**
   * The BR numbers of the live factories a user bound to this BR number acts for: the factory with
   * it and every factory linked to the business with it, at most {@code limit} (a business has few
   * factories); one query over unique and indexed columns.
   */
  @Query(
      nativeQuery = true,
      value =
          "select f.br_number from factory f where f.merged_into is null and (f.br_number = :bound"
              + " or f.id in (select l.factory_id from factory_business_link l join hk_business b"
              + " on b.id = l.business_id where b.br_number = :bound))"
              + " order by f.br_number limit :limit")
  List<String> actingFor(String bound, int limit);
}
