package org.cppp.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cppp.shared.TechnologyCategory;

/** A measure verified: its technology category, what was done and, if recorded, its technology. */
@Embeddable
class Measure {

  @Enumerated(EnumType.STRING)
  @Column(name = "technology")
  private TechnologyCategory technology;

  @Column(name = "description")
  private String description;

  /** The named technology of the vocabulary ({@link Technologies}), if one is recorded. */
  @Column(name = "technology_code")
  private String technologyCode;

  protected Measure() {}

  Measure(TechnologyCategory technology, String description, String technologyCode) {
    this.technology = technology;
    this.description = description;
    this.technologyCode = technologyCode;
  }

  String technologyCode() {
    return technologyCode;
  }

  TechnologyCategory technology() {
    return technology;
  }

  String description() {
    return description;
  }
}
