package org.cppp.reporting;

/** The file formats of the progress report. */
public enum ReportFormat {
  PDF("pdf", "application/pdf"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", org.cppp.platform.CsvSheet.CONTENT_TYPE);

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format named in a URL or form, e.g. {@code pdf}; {@code null} when there is none. */
  public static ReportFormat parse(String name) {
    for (ReportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }
}
