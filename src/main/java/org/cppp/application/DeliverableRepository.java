package org.cppp.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

  /** An application's deliverables with their histories, oldest first (bounded per application). */
  @EntityGraph(attributePaths = "steps")
  List<Deliverable> findByApplicationIdOrderByIdAsc(Long applicationId);

  Optional<Deliverable> findByIdAndApplicationId(Long id, Long applicationId);

  long countByApplicationId(Long applicationId);

  boolean existsByApplicationIdAndKindAndStatus(
      Long applicationId, DeliverableKind kind, DeliverableStatus status);
}
