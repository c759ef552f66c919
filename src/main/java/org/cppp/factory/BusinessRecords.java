package org.cppp.factory;

import java.util.List;
import java.util.Optional;
import org.cppp.shared.ApplicantKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessRecords extends JpaRepository<Business, Long> {

  Optional<Business> findByBrNumber(String brNumber);

  boolean existsByBrNumber(String brNumber);

  List<Business> findByBrNumberIn(java.util.Collection<String> brNumbers);

  Page<Business> findByKind(ApplicantKind kind, Pageable pageable);
}
