package org.cppp.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VariationRepository extends JpaRepository<Variation, Long> {

  List<Variation> findByApplicationRefOrderByIdDesc(String applicationRef);

  Optional<Variation> findByIdAndApplicationRef(Long id, String applicationRef);

  boolean existsByApplicationRefAndKindAndStatus(
      String applicationRef, VariationKind kind, VariationStatus status);
}
