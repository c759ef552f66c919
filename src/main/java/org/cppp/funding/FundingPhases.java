package org.cppp.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingPhases extends JpaRepository<FundingPhase, Long> {

  List<FundingPhase> findAllByOrderByEffectiveFromAsc();
}
