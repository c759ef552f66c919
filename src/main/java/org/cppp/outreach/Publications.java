package org.cppp.outreach;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidebooks (prepared, then published with a PDF) and the resources area's downloadable files. The
 * public sees and downloads only what is published.
 */
@Service
@Transactional
public class Publications {

  static final String AUDIT_TYPE = "publication";

  private final Guidebooks guidebooks;
  private final ResourceFiles resources;
  private final StoredFiles files;
  private final AuditTrail audit;

  Publications(
      Guidebooks guidebooks, ResourceFiles resources, StoredFiles files, AuditTrail audit) {
    this.guidebooks = guidebooks;
    this.resources = resources;
    this.files = files;
    this.audit = audit;
  }

  /** Records a guidebook (in preparation or published). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public GuidebookView create(GuidebookCommand command) {
    Guidebook guidebook = guidebooks.save(new Guidebook(command));
    audit.record(AUDIT_TYPE, String.valueOf(guidebook.id()), "CREATED", guidebook.snapshot());
    return view(guidebook);
  }

  /** Changes a guidebook's titles, subject or status. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public GuidebookView update(long id, GuidebookCommand command) {
    Guidebook guidebook = find(id);
    Map<String, Object> before = guidebook.snapshot();
    guidebook.apply(command);
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "UPDATED", Changes.between(before, guidebook.snapshot()));
    return view(guidebook);
  }

  /** Attaches the guidebook's PDF (at most 20 MB, and really a PDF), replacing any earlier one. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public GuidebookView attachPdf(long id, Upload pdf) {
    Guidebook guidebook = find(id);
    FileKind kind =
        FileKind.check(pdf, EnumSet.of(FileKind.PDF), FileKind.MAX_DOCUMENT_BYTES, "file");
    long fileId = files.save(pdf, kind);
    guidebook.attach(fileId);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(id),
        "PDF_ATTACHED",
        Map.of("file", pdf.filename(), "bytes", pdf.content().length));
    return view(guidebook);
  }

  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public GuidebookView get(long id) {
    return view(find(id));
  }

  /** Every guidebook, for staff. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public Page<GuidebookView> list(Pageable pageable) {
    return guidebooks.findAll(pageable).map(this::view);
  }

  /** Published guidebooks, latest first. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<GuidebookView> publishedGuidebooks() {
    return guidebooks.published().stream().map(this::view).toList();
  }

  /** A published guidebook's PDF, counting the download; staff may also fetch drafts' PDFs. */
  @PreAuthorize("permitAll()")
  public FileContent downloadGuidebook(long id, boolean asStaff) {
    Guidebook guidebook =
        guidebooks
            .findById(id)
            .filter(g -> g.isPublic() || asStaff && OutreachPolicy.isStaff(CurrentUser.current()))
            .filter(g -> g.fileId() != null)
            .orElseThrow(() -> new NotFoundException("Guidebook", id));
    if (guidebook.isPublic() && !asStaff) {
      guidebooks.countDownload(id);
    }
    return files.load(guidebook.fileId()).orElseThrow(() -> new NotFoundException("File", id));
  }

  /** Adds a file to the resources area (PDF, image, or Office document; at most 20 MB). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public ResourceView addResource(ResourceCommand command, Upload upload) {
    FileKind kind =
        FileKind.check(upload, EnumSet.allOf(FileKind.class), FileKind.MAX_DOCUMENT_BYTES, "file");
    long id = resources.add(command, files.save(upload, kind));
    audit.record(
        AUDIT_TYPE,
        "resource-" + id,
        "CREATED",
        Map.of("title", command.titleEn(), "file", upload.filename()));
    return resources.all(false).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  /** Shows or hides a resource on the public site. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public void publishResource(long id, boolean published) {
    if (resources.publish(id, published) == 0) {
      throw new NotFoundException("Resource", id);
    }
    audit.record(AUDIT_TYPE, "resource-" + id, "PUBLISHED", Map.of("published", published));
  }

  /** The resources area: published files only, unless staff ask for all. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<ResourceView> resources(boolean all) {
    return resources.all(!(all && OutreachPolicy.isStaff(CurrentUser.current())));
  }

  /** A published resource's file, counting the download. */
  @PreAuthorize("permitAll()")
  public FileContent downloadResource(long id) {
    long fileId =
        resources
            .fileFor(id, !OutreachPolicy.isStaff(CurrentUser.current()))
            .orElseThrow(() -> new NotFoundException("Resource", id));
    return files.load(fileId).orElseThrow(() -> new NotFoundException("File", id));
  }

  /** Guidebooks now in preparation, for the dashboard. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public long countInPreparation() {
    return guidebooks.findAll().stream().filter(g -> !g.isPublic()).count();
  }

  private Guidebook find(long id) {
    return guidebooks.findById(id).orElseThrow(() -> new NotFoundException("Guidebook", id));
  }

  private GuidebookView view(Guidebook g) {
    return g.view(g.fileId() == null ? 0 : files.size(g.fileId()));
  }
}
