package org.cppp.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cppp.shared.FileSignature;
import org.cppp.shared.RuleViolation;

/** What an upload really is, read from its first bytes, never from the name the browser sent. */
enum FileKind {
  PDF("application/pdf", FileSignature.PDF),
  PNG("image/png", FileSignature.PNG),
  JPEG("image/jpeg", FileSignature.JPEG),
  OFFICE("application/octet-stream", FileSignature.OFFICE_OPEN_XML);

  static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
  static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

  private final String contentType;
  private final FileSignature signature;

  FileKind(String contentType, FileSignature signature) {
    this.contentType = contentType;
    this.signature = signature;
  }

  String contentType() {
    return contentType;
  }

  static Optional<FileKind> of(byte[] content) {
    return Arrays.stream(values()).filter(k -> k.signature.matches(content)).findFirst();
  }

  /** Checks an upload is non-empty, small enough and one of the allowed kinds. */
  static FileKind check(Upload upload, Set<FileKind> allowed, long maxBytes, String field) {
    if (upload.content().length == 0) {
      throw new RuleViolation(field, "outreach.file.empty");
    }
    if (upload.content().length > maxBytes) {
      throw new RuleViolation(field, "outreach.file.tooLarge", maxBytes / (1024 * 1024));
    }
    FileKind kind =
        of(upload.content())
            .filter(allowed::contains)
            .orElseThrow(() -> new RuleViolation(field, "outreach.file.wrongType", names(allowed)));
    String name = upload.filename().toLowerCase(Locale.ROOT);
    if (kind == OFFICE && !name.matches(".*\\.(docx|xlsx|pptx)$")) {
      throw new RuleViolation(field, "outreach.file.wrongType", names(allowed));
    }
    return kind;
  }

  private static String names(Set<FileKind> allowed) {
    return String.join(", ", allowed.stream().map(Enum::name).sorted().toList());
  }
}
