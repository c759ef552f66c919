package org.cppp.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDocumentRepository extends JpaRepository<ApplicationDocument, Long> {

  boolean existsByApplicationIdAndKind(Long applicationId, DocumentKind kind);

  List<ApplicationDocument> findByApplicationIdOrderByIdDesc(Long applicationId);
}
