package org.cppp.outreach;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActivityRecords
    extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

  /** Loads and locks the activity's row, so seats are handed out one registration at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Activity a where a.id = :id")
  Optional<Activity> lockById(long id);

  @Query(
      "select a from Activity a where a.published = true and a.heldOn >= :from"
          + " order by a.heldOn, a.startsAt, a.id")
  Page<Activity> upcomingPublished(LocalDate from, Pageable pageable);

  @Query("select count(a) from Activity a where a.heldOn >= :from and a.heldOn <= :to")
  long countHeldBetween(LocalDate from, LocalDate to);
}
