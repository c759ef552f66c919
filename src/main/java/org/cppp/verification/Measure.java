package org.cppp.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cppp.shared.TechnologyCategory;

/** A measure verified: its technology category and what was done. */
@Embeddable
class Measure {

  @Enumerated(EnumType.STRING)
  @Column(name = "technology")
  private TechnologyCategory technology;

  @Column(name = "description")
  private String description;

  protected Measure() {}

  Measure(TechnologyCategory technology, String description) {
    this.technology = technology;
    this.description = description;
  }

  TechnologyCategory technology() {
    return technology;
  }

  String description() {
    return description;
  }
}
