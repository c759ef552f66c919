package org.cppp.application;

import java.util.Locale;
import java.util.Map;
import org.cppp.shared.FileName;
import org.cppp.shared.FileSignature;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.Sha256;

/**
 * Accepts an uploaded file (a supporting document, a deliverable) only if its bytes are what its
 * name says: PDF, PNG, JPEG, or an office file (Office Open XML or the older compound format), and
 * it is not too large. It is kept under its cleaned name ({@link FileName}).
 */
final class FileTypes {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "doc", "application/msword",
          "xls", "application/vnd.ms-excel");

  private FileTypes() {}

  /** A file that passed the checks, under its cleaned name. */
  record Checked(String filename, String contentType, byte[] content, String sha256) {}

  /** The file under its cleaned name, or a refusal on field {@code file}. */
  static Checked check(String sentName, byte[] content) {
    String filename = FileName.clean(sentName, "");
    if (content == null || content.length == 0) {
      throw new RuleViolation("file", "document.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new RuleViolation("file", "document.too-large", MAX_BYTES / (1024 * 1024));
    }
    String extension = extension(filename);
    String contentType = CONTENT_TYPES.get(extension);
    if (contentType == null || !matches(extension, content)) {
      throw new RuleViolation("file", "document.type", filename);
    }
    return new Checked(filename, contentType, content, Sha256.hex(content));
  }

  private static boolean matches(String extension, byte[] content) {
    return FileSignature.forExtension(extension).filter(s -> s.matches(content)).isPresent();
  }

  static String extension(String filename) {
    if (filename == null) {
      return "";
    }
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
