package org.cppp.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TotpRecords extends JpaRepository<UserTotp, Long> {

  /** The user's authenticator, locked: one enrolment or check of it at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from UserTotp t where t.userId = :userId")
  Optional<UserTotp> lockByUserId(Long userId);
}
