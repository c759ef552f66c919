package org.cppp.recognition;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Cycles extends JpaRepository<RecognitionCycle, Long> {

  Optional<RecognitionCycle> findByYear(int year);

  boolean existsByYear(int year);

  @Query("select c from RecognitionCycle c order by c.year desc")
  Page<RecognitionCycle> newestFirst(Pageable pageable);

  @Query(
      "select c from RecognitionCycle c where c.status = org.cppp.recognition.CycleStatus.RESULTS_PUBLISHED"
          + " order by c.year desc")
  java.util.List<RecognitionCycle> published();

  long countByStatusNot(CycleStatus status);
}
