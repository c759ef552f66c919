package org.cppp.outreach;

/** An uploaded file as received: its name and bytes (its type is read from the bytes). */
public record Upload(String filename, byte[] content) {

  public Upload {
    filename = filename == null || filename.isBlank() ? "file" : filename;
    content = content == null ? new byte[0] : content;
  }
}
