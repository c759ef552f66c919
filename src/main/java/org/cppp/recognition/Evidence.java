package org.cppp.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One evidence item of a nomination, as stored. */
@Embeddable
class Evidence {

  @Column(name = "evidence_type")
  private String type;

  private String description;

  private String reference;

  protected Evidence() {}

  Evidence(EvidenceItem item) {
    this.type = item.type().trim();
    this.description = item.description().trim();
    this.reference =
        item.reference() == null || item.reference().isBlank() ? null : item.reference().trim();
  }

  EvidenceItem item() {
    return new EvidenceItem(type, description, reference);
  }
}
