package org.cppp.outreach;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attendances extends JpaRepository<Attendance, Long> {

  long countByActivityId(long activityId);

  List<Attendance> findByActivityIdOrderByIdAsc(long activityId);

  boolean existsByActivityIdAndEmailIgnoreCase(long activityId, String email);
}
