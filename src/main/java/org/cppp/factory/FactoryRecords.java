package org.cppp.factory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FactoryRecords extends JpaRepository<Factory, Long>, JpaSpecificationExecutor<Factory> {

  Optional<Factory> findByBrNumber(String brNumber);

  boolean existsByBrNumber(String brNumber);
}
