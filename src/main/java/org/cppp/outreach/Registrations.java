package org.cppp.outreach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

  long countByActivityIdAndStatus(long activityId, RegistrationStatus status);

  @Query(
      "select count(r) > 0 from Registration r where r.activityId = :activityId"
          + " and lower(r.email) = lower(:email)"
          + " and r.status <> org.cppp.outreach.RegistrationStatus.CANCELLED")
  boolean liveExists(long activityId, String email);

  Optional<Registration> findFirstByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(
      long activityId, RegistrationStatus status);

  Optional<Registration> findByToken(String token);

  List<Registration> findByActivityIdOrderByRegisteredAtAscIdAsc(long activityId);

  @Query(
      "select r from Registration r where r.activityId = :activityId"
          + " and lower(r.email) = lower(:email)"
          + " and r.status = org.cppp.outreach.RegistrationStatus.CONFIRMED")
  Optional<Registration> confirmedByEmail(long activityId, String email);
}
