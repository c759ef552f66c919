package org.cppp.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** HKPC's quality check of a provider's work: what was found and how it rates. */
@Entity
@Table(name = "provider_quality_check")
class QualityCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "provider_id")
  private Long providerId;

  @Column(name = "checked_on")
  private LocalDate checkedOn;

  private String officer;
  private String finding;

  @Enumerated(EnumType.STRING)
  private QualityRating rating;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected QualityCheck() {}

  QualityCheck(Long providerId, QualityCheckDetails details, String officer) {
    this.providerId = providerId;
    this.checkedOn = details.checkedOn();
    this.finding = details.finding().trim();
    this.rating = details.rating();
    this.officer = officer;
    this.recordedAt = Instant.now();
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("checkedOn", checkedOn.toString());
    values.put("rating", rating.name());
    values.put("finding", finding);
    return values;
  }

  QualityCheckView view() {
    return new QualityCheckView(id, checkedOn, officer, finding, rating, recordedAt);
  }
}
