package org.cppp.outreach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

  long countByActivityIdAndStatus(long activityId, RegistrationStatus status);

  @Query(
      "select count(r) > 0 from Registration r where r.activityId = :activityId"
          + " and lower(r.email) = lower(:email)"
          + " and r.status in (org.cppp.outreach.RegistrationStatus.UNCONFIRMED,"
          + " org.cppp.outreach.RegistrationStatus.CONFIRMED,"
          + " org.cppp.outreach.RegistrationStatus.WAITING)")
  boolean liveExists(long activityId, String email);

  /** Expires every registration not confirmed since before the cutoff. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Registration r set r.status = org.cppp.outreach.RegistrationStatus.EXPIRED"
          + " where r.status = org.cppp.outreach.RegistrationStatus.UNCONFIRMED"
          + " and r.registeredAt < :cutoff")
  int expireUnconfirmed(Instant cutoff);

  /** Expires one e-mail's unconfirmed registration for an activity made before the cutoff. */
  @Modifying(flushAutomatically = true)
  @Query(
      "update Registration r set r.status = org.cppp.outreach.RegistrationStatus.EXPIRED"
          + " where r.status = org.cppp.outreach.RegistrationStatus.UNCONFIRMED"
          + " and r.registeredAt < :cutoff and r.activityId = :activityId"
          + " and lower(r.email) = lower(:email)")
  int expireUnconfirmed(long activityId, String email, Instant cutoff);

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
