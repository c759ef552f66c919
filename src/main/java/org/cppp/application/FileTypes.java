package org.cppp.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.cppp.shared.RuleViolation;

/**
 * Accepts a supporting document only if its bytes are what its name says: PDF, PNG, JPEG, or an
 * office file (Office Open XML or the older compound format), and it is not too large.
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

  /** A file that passed the checks. */
  record Checked(String contentType, byte[] content, String sha256) {}

  static Checked check(String filename, byte[] content) {
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
    return new Checked(contentType, content, sha256(content));
  }

  private static boolean matches(String extension, byte[] c) {
    return switch (extension) {
      case "pdf" -> startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case "png" -> startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case "jpg", "jpeg" -> startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case "docx", "xlsx", "pptx" -> startsWith(c, new byte[] {'P', 'K', 3, 4});
      case "doc", "xls" -> startsWith(c, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
      default -> false;
    };
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String extension(String filename) {
    if (filename == null) {
      return "";
    }
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
