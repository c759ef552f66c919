package org.cppp.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cppp.shared.RuleViolation;

/** What an upload really is, read from its first bytes, never from the name the browser sent. */
enum FileKind {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  OFFICE("application/octet-stream", new byte[] {'P', 'K', 3, 4});

  static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
  static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

  private final String contentType;
  private final byte[] magic;

  FileKind(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  String contentType() {
    return contentType;
  }

  static Optional<FileKind> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            k ->
                content.length >= k.magic.length
                    && Arrays.equals(Arrays.copyOf(content, k.magic.length), k.magic))
        .findFirst();
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
