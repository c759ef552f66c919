package org.cppp.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

  /** The unspent recovery code of this user with this hash, locked so it is spent only once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      "select c from RecoveryCode c where c.userId = :userId and c.codeHash = :hash"
          + " and c.usedAt is null")
  Optional<RecoveryCode> unspent(Long userId, byte[] hash);

  @Query("select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
  long countUnspent(Long userId);

  @Modifying
  @Query("delete from RecoveryCode c where c.userId = :userId")
  int deleteOf(Long userId);
}
