package org.cppp.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file really is, read from its first bytes, never from the name or type the browser sent:
 * every upload check (application documents, outreach files, committee papers) asks here.
 */
public enum FileSignature {
  PDF(new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  /** Office Open XML (docx, xlsx, pptx): a ZIP container. */
  OFFICE_OPEN_XML(new byte[] {'P', 'K', 3, 4}),
  /** The older Office compound format (doc, xls). */
  OFFICE_COMPOUND(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

  private final byte[] magic;

  FileSignature(byte[] magic) {
    this.magic = magic;
  }

  /** The signature the content starts with, if any. */
  public static Optional<FileSignature> of(byte[] content) {
    return Arrays.stream(values()).filter(s -> s.matches(content)).findFirst();
  }

  /**
   * The signature a file named with this extension ({@code pdf}, {@code JPG}, ...) must start with;
   * empty for an extension no upload accepts.
   */
  public static Optional<FileSignature> forExtension(String extension) {
    return Optional.ofNullable(
        switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
          case "pdf" -> PDF;
          case "png" -> PNG;
          case "jpg", "jpeg" -> JPEG;
          case "docx", "xlsx", "pptx" -> OFFICE_OPEN_XML;
          case "doc", "xls" -> OFFICE_COMPOUND;
          default -> null;
        });
  }

  public boolean matches(byte[] content) {
    return content != null
        && content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }
}
