package org.cppp.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ServiceProviders
    extends JpaRepository<ServiceProvider, Long>, JpaSpecificationExecutor<ServiceProvider> {

  Optional<ServiceProvider> findByCode(String code);

  boolean existsByCode(String code);

  /** The provider with its register history and specialisms, in one query (its standing). */
  @EntityGraph(attributePaths = {"history", "specialisms"})
  @Query("select p from ServiceProvider p where p.code = :code")
  Optional<ServiceProvider> findWithHistoryByCode(String code);

  @Query("select distinct p from ServiceProvider p left join fetch p.history")
  List<ServiceProvider> findAllWithHistory();

  @Query("select p from ServiceProvider p where p.removedOn is null order by p.code")
  List<ServiceProvider> findRegistered();

  @Query(
      "select p from ServiceProvider p where p.removedOn is null and p.base = :base"
          + " and p.gdeicValidUntil is not null")
  List<ServiceProvider> findRegisteredWithGdeic(ProviderBase base);

  @Query(
      "select p from ServiceProvider p where p.lapseFlaggedOn is not null and p.removedOn is null"
          + " order by p.code")
  List<ServiceProvider> findFlagged();

  @Query("select p.base, count(p) from ServiceProvider p where p.removedOn is null group by p.base")
  List<Object[]> countRegisteredByBase();

  @Query(
      "select count(p) from ServiceProvider p where p.lapseFlaggedOn is not null"
          + " and p.removedOn is null")
  long countFlagged();
}
