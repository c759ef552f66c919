package org.cppp.outreach;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnquiryRecords extends JpaRepository<Enquiry, Long> {

  Page<Enquiry> findByStatusInOrderByReceivedAtAscIdAsc(
      Set<EnquiryStatus> statuses, Pageable pageable);

  List<Enquiry> findByStatus(EnquiryStatus status);
}
