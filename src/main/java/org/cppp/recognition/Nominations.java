package org.cppp.recognition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Nominations extends JpaRepository<Nomination, Long> {

  Optional<Nomination> findByIdAndCycleId(Long id, Long cycleId);

  @Query(
      "select n from Nomination n where n.cycleId = :cycleId"
          + " and (lower(n.nameEn) like :text or lower(coalesce(n.nameZh, '')) like :text)"
          + " and (:category is null or n.category = :category)"
          + " and (:outcome is null or n.outcome = :outcome)")
  Page<Nomination> search(
      Long cycleId, String text, String category, Outcome outcome, Pageable pageable);

  @Query(
      "select n from Nomination n where n.cycleId = :cycleId"
          + " and n.outcome = org.cppp.recognition.Outcome.RECOGNISED order by n.nameEn")
  List<Nomination> recognised(Long cycleId);

  @Query(
      "select n.category, count(n) from Nomination n where n.cycleId = :cycleId"
          + " and n.outcome = org.cppp.recognition.Outcome.RECOGNISED group by n.category")
  List<Object[]> recognisedPerCategory(Long cycleId);

  long countByOutcome(Outcome outcome);
}
