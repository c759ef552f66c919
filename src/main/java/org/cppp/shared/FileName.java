package org.cppp.shared;

import java.text.Normalizer;

/**
 * The name an uploaded file is kept and shown under, whatever name the browser sent: every upload
 * (application documents, outreach files, committee papers) is named here. Folders are dropped;
 * control characters and invisible format characters are removed, among them the bidirectional
 * controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) that make {@code invoice\u202Efdp.exe} read
 * as {@code invoiceexe.pdf}; characters with a meaning in paths or headers become {@code _}.
 */
public final class FileName {

  /** Longest name kept (in characters); longer ones keep their end, where the extension is. */
  public static final int MAX_LENGTH = 200;

  private FileName() {}

  /**
   * The safe form of an uploaded file's name.
   *
   * @param sent the name the browser sent (may be null or a path)
   * @param fallback the name used when nothing is left
   */
  public static String clean(String sent, String fallback) {
    if (sent == null) {
      return fallback;
    }
    String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]", "");
    name = name.replaceAll("[\"*:<>?|;]", "_").strip();
    if (name.length() > MAX_LENGTH) {
      name = name.substring(name.length() - MAX_LENGTH).strip();
    }
    return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? fallback : name;
  }
}
