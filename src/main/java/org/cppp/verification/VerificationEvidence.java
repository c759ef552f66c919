package org.cppp.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.FileSignature;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files per period: bills, meter photos, lab and stack-test reports (PDF, PNG, JPEG or
 * Office files, judged by their first bytes). Added while the case is editable; read by whoever may
 * see the case.
 */
@Service
@Transactional
public class VerificationEvidence {

  static final int MAX_BYTES = 20 * 1024 * 1024;

  private final CaseLookup lookup;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  VerificationEvidence(CaseLookup lookup, JdbcClient jdbc, AuditTrail audit) {
    this.lookup = lookup;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Adds a file for a period of the case's baseline or reporting period. */
  @PreAuthorize(VerificationPolicy.ENTER)
  public EvidenceView add(long caseId, Period period, String filename, byte[] content) {
    VerificationCase c = CaseAccess.enterable(lookup.scope(), lookup.find(caseId));
    c.requireEditable();
    CaseInputs in = c.inputs();
    if (period == null
        || period.from() == null
        || period.to() == null
        || (!in.baseline().contains(period) && !in.reporting().contains(period))) {
      throw new RuleViolation("period", "verification.evidence.period");
    }
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new RuleViolation("file", "verification.evidence.size", MAX_BYTES / (1024 * 1024));
    }
    FileSignature type =
        FileSignature.of(content)
            .orElseThrow(() -> new RuleViolation("file", "verification.evidence.type"));
    String name = filename == null || filename.isBlank() ? "evidence" : filename.strip();
    name = name.length() > 200 ? name.substring(name.length() - 200) : name;
    long id =
        jdbc.sql(
                "insert into verification_evidence (case_id, period_from, period_to, filename,"
                    + " content_type, size_bytes, content, uploaded_by) values (?, ?, ?, ?, ?, ?,"
                    + " ?, ?) returning id")
            .params(
                caseId,
                period.from(),
                period.to(),
                name,
                mediaType(type),
                content.length,
                content,
                CurrentUser.current().username())
            .query(Long.class)
            .single();
    audit.record(
        CaseLookup.AUDIT_TYPE,
        String.valueOf(caseId),
        "EVIDENCE_ADDED",
        Map.of("evidence", id, "filename", name, "period", period.from() + ".." + period.to()));
    return list(caseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  /** A case's evidence files, by period. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public List<EvidenceView> list(long caseId) {
    lookup.visible(caseId);
    return jdbc.sql(
            "select id, period_from, period_to, filename, content_type, size_bytes, uploaded_by,"
                + " uploaded_at from verification_evidence where case_id = ?"
                + " order by period_from, id limit 1000")
        .param(caseId)
        .query(
            (rs, i) ->
                new EvidenceView(
                    rs.getLong("id"),
                    new Period(
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class)),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  /** One evidence file's bytes. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public EvidenceView.Content content(long caseId, long evidenceId) {
    lookup.visible(caseId);
    return jdbc.sql(
            "select filename, content_type, content from verification_evidence"
                + " where case_id = ? and id = ?")
        .params(caseId, evidenceId)
        .query(
            (rs, i) ->
                new EvidenceView.Content(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional()
        .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
  }

  private static String mediaType(FileSignature type) {
    return switch (type) {
      case PDF -> "application/pdf";
      case PNG -> "image/png";
      case JPEG -> "image/jpeg";
      case OFFICE_OPEN_XML, OFFICE_COMPOUND -> "application/octet-stream";
    };
  }
}
