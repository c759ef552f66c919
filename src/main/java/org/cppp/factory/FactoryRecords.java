package org.cppp.factory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FactoryRecords extends JpaRepository<Factory, Long>, JpaSpecificationExecutor<Factory> {

  Optional<Factory> findByBrNumber(String brNumber);

  boolean existsByBrNumber(String brNumber);

  /** Which of these BR numbers are registered. */
  @Query("select f.brNumber from Factory f where f.brNumber in :brNumbers")
  List<String> registeredAmong(java.util.Collection<String> brNumbers);

  /** BR number and sector of registered factories, at most as many as the page asks for. */
  @Query("select f.brNumber, f.sector from Factory f order by f.id")
  List<Object[]> brNumbersAndSectors(Pageable page);
}
