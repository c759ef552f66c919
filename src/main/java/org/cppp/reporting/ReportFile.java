package org.cppp.reporting;

/** A generated report file. */
public record ReportFile(String filename, String contentType, byte[] content) {

  public ReportFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
