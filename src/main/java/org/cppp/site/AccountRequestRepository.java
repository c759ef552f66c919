package org.cppp.site;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRequestRepository extends JpaRepository<AccountRequest, Long> {

  Page<AccountRequest> findByStatusOrderByIdAsc(AccountRequestStatus status, Pageable pageable);

  Optional<AccountRequest> findByConfirmationTokenHash(String confirmationTokenHash);

  long countByStatus(AccountRequestStatus status);
}
