package org.cppp.provider;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProviderApplicationRepository extends JpaRepository<ProviderApplication, Long> {

  Page<ProviderApplication> findByStatusOrderByIdAsc(
      ProviderApplicationStatus status, Pageable pageable);

  Optional<ProviderApplication> findByConfirmationTokenHash(String confirmationTokenHash);

  long countByStatus(ProviderApplicationStatus status);

  /** The language the provider with this code applied to join in, if it joined on the site. */
  @Query(
      value =
          "select language from provider_application where provider_code = ?1"
              + " order by id desc limit 1",
      nativeQuery = true)
  Optional<String> languageOfProvider(String providerCode);

  /** Deletes the applications never confirmed since before the cutoff, with their certificates. */
  @Modifying
  @Query(
      value = "delete from provider_application where status = 'UNCONFIRMED' and submitted_at < ?1",
      nativeQuery = true)
  int deleteUnconfirmedBefore(Instant cutoff);
}
