package org.cppp.application;

import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporting documents of applications: type-checked and size-limited on upload, kept in the
 * database, and handed out only to those who may see the application.
 */
@Service
@Transactional
public class ApplicationDocuments {

  private final FundingApplicationRepository applications;
  private final ApplicationDocumentRepository documents;
  private final AuditTrail audit;
  private final Visibility visibility;

  ApplicationDocuments(
      FundingApplicationRepository applications,
      ApplicationDocumentRepository documents,
      AuditTrail audit,
      Visibility visibility) {
    this.applications = applications;
    this.documents = documents;
    this.audit = audit;
    this.visibility = visibility;
  }

  /** Attaches a document: the applicant while it is theirs to edit, or an officer at any time. */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public DocumentView upload(String reference, DocumentKind kind, String filename, byte[] content) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = find(reference);
    ApplicationPolicy.requireOwnerOrStaff(scope, application);
    if (!ApplicationPolicy.isStaffActor(user) && !application.isEditable()) {
      throw new org.cppp.shared.StateConflict(
          "application.not-editable", reference, application.status());
    }
    if (kind == null) {
      throw new RuleViolation("kind", "document.kind.required");
    }
    FileTypes.Checked file = FileTypes.check(filename, content);
    ApplicationDocument document =
        documents.save(new ApplicationDocument(application.id(), kind, file, user.username()));
    audit.record(
        FundingApplications.AUDIT_TYPE,
        reference,
        "DOCUMENT_UPLOADED",
        Map.of("kind", kind.name(), "filename", file.filename(), "sha256", file.sha256()));
    return document.view(reference);
  }

  /** The documents of an application the current user may see, newest first. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public List<DocumentView> of(String reference) {
    FundingApplication application = visible(reference);
    return documents.findByApplicationIdOrderByIdDesc(application.id()).stream()
        .map(d -> d.view(reference))
        .toList();
  }

  /** A document's content, if the current user may see its application. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public DocumentContent download(String reference, long documentId) {
    FundingApplication application = visible(reference);
    return documents
        .findById(documentId)
        .filter(d -> d.applicationId().equals(application.id()))
        .map(ApplicationDocument::content)
        .orElseThrow(() -> new NotFoundException("Document", documentId));
  }

  private FundingApplication visible(String reference) {
    return visibility.of(reference);
  }

  private FundingApplication find(String reference) {
    return applications
        .findByReference(reference)
        .orElseThrow(() -> new NotFoundException("Application", reference));
  }
}
