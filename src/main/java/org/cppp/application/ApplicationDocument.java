package org.cppp.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supporting document, kept in the database behind the application's access rules. */
@Entity
@Table(name = "application_document")
class ApplicationDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private DocumentKind kind;

  private String filename;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected ApplicationDocument() {}

  ApplicationDocument(
      Long applicationId, DocumentKind kind, FileTypes.Checked file, String uploadedBy) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.filename = file.filename();
    this.contentType = file.contentType();
    this.sizeBytes = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  DocumentView view(String applicationRef) {
    return new DocumentView(
        id, applicationRef, kind, filename, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
  }

  DocumentContent content() {
    return new DocumentContent(filename, contentType, content.clone());
  }

  Long applicationId() {
    return applicationId;
  }
}
