package org.cppp.outreach;

import java.time.LocalDate;

/** A guidebook; {@code fileBytes} is 0 while no PDF is uploaded. */
public record GuidebookView(
    long id,
    LocalText title,
    GuidebookKind kind,
    String topic,
    GuidebookStatus status,
    LocalDate publishedOn,
    long fileBytes,
    long downloads) {

  public boolean downloadable() {
    return fileBytes > 0;
  }
}
