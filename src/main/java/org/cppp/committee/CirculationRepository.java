package org.cppp.committee;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CirculationRepository extends JpaRepository<Circulation, Long> {

  /** The circulation, locked until the transaction ends: votes and closing one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Circulation c where c.id = :id")
  Optional<Circulation> findLocked(long id);

  boolean existsByApplicationRefAndStatus(String applicationRef, CirculationStatus status);
}
