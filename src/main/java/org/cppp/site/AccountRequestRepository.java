package org.cppp.site;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRequestRepository extends JpaRepository<AccountRequest, Long> {

  Page<AccountRequest> findByStatusOrderByIdAsc(AccountRequestStatus status, Pageable pageable);

  boolean existsByUsernameAndStatus(String username, AccountRequestStatus status);

  long countByStatus(AccountRequestStatus status);
}
