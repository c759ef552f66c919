package org.cppp.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRecords extends JpaRepository<ApiToken, Long> {

  @Query("select t from ApiToken t where t.tokenHash = :hash")
  Optional<ApiToken> findByHash(byte[] hash);

  Page<ApiToken> findByUserIdOrderByIdDesc(Long userId, Pageable pageable);

  Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

  /** Records a use, unless one at or after {@code since} is already recorded (another request). */
  @Modifying
  @Query(
      value =
          "update api_token set last_used_at = :at where id = :id"
              + " and (last_used_at is null or last_used_at < :since)",
      nativeQuery = true)
  int recordUse(long id, Instant at, Instant since);
}
