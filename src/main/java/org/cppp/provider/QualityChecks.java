package org.cppp.provider;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualityChecks extends JpaRepository<QualityCheck, Long> {

  List<QualityCheck> findByProviderIdOrderByCheckedOnDescIdDesc(Long providerId);
}
