package org.cppp.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningOverrideRepository extends JpaRepository<ScreeningOverride, Long> {

  List<ScreeningOverride> findByApplicationIdOrderByIdAsc(Long applicationId);
}
