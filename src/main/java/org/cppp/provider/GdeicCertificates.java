package org.cppp.provider;

import java.util.Map;
import java.util.Optional;
import org.cppp.shared.FileName;
import org.cppp.shared.FileSignature;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The GDEIC certificates sent with applications, in {@code provider_application_certificate}: a PDF
 * or an image (PNG, JPEG) whose bytes are what its name says ({@link FileSignature}), at most
 * {@link #MAX_BYTES}, kept under its cleaned name ({@link FileName}). Read one at a time, only to
 * download.
 */
@Component
class GdeicCertificates {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final String FIELD = "certificate";

  private static final Map<FileSignature, String> TYPES =
      Map.of(
          FileSignature.PDF, "application/pdf",
          FileSignature.PNG, "image/png",
          FileSignature.JPEG, "image/jpeg");

  private final JdbcClient jdbc;

  GdeicCertificates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A certificate that passed the checks. */
  record Checked(String filename, String contentType, byte[] content) {}

  /** The certificate under its cleaned name and checked type, or a refusal on its field. */
  static Checked check(String sentName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new RuleViolation(FIELD, "provider.certificate.required");
    }
    if (content.length > MAX_BYTES) {
      throw new RuleViolation(FIELD, "provider.certificate.too-large", MAX_BYTES / (1024 * 1024));
    }
    String filename = FileName.clean(sentName, "certificate");
    int dot = filename.lastIndexOf('.');
    FileSignature signature =
        FileSignature.forExtension(dot < 0 ? "" : filename.substring(dot + 1))
            .filter(TYPES::containsKey)
            .filter(s -> s.matches(content))
            .orElseThrow(() -> new RuleViolation(FIELD, "provider.certificate.type", filename));
    return new Checked(filename, TYPES.get(signature), content);
  }

  void save(long applicationId, Checked certificate) {
    jdbc.sql(
            "insert into provider_application_certificate"
                + " (application_id, filename, content_type, size_bytes, sha256, content)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            applicationId,
            certificate.filename(),
            certificate.contentType(),
            certificate.content().length,
            Sha256.hex(certificate.content()),
            certificate.content())
        .update();
  }

  Optional<ProviderApplicationReview.CertificateSummary> summary(long applicationId) {
    return jdbc.sql(
            "select filename, content_type, size_bytes from provider_application_certificate"
                + " where application_id = ?")
        .param(applicationId)
        .query(
            (rs, n) ->
                new ProviderApplicationReview.CertificateSummary(
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes")))
        .optional();
  }

  Optional<CertificateContent> load(long applicationId) {
    return jdbc.sql(
            "select filename, content_type, content from provider_application_certificate"
                + " where application_id = ?")
        .param(applicationId)
        .query(
            (rs, n) ->
                new CertificateContent(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }
}
