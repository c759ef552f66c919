package org.cppp.factory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cppp.shared.ApplicantKind;

/**
 * A business registered in Hong Kong under Cap. 310 (its BR number is its identity): a company with
 * factories, a workshop with polluting processes, or a non-profit trade association.
 */
@Entity
@Table(name = "hk_business")
class Business {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "br_number", updatable = false)
  private String brNumber;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Enumerated(EnumType.STRING)
  private ApplicantKind kind;

  @Column(name = "non_profit")
  private boolean nonProfit;

  @Column(name = "polluting_processes")
  private String pollutingProcesses;

  @Column(name = "registered_on")
  private LocalDate registeredOn;

  @Version private long version;

  protected Business() {}

  Business(
      String brNumber,
      String nameEn,
      String nameZh,
      ApplicantKind kind,
      boolean nonProfit,
      String pollutingProcesses,
      LocalDate registeredOn) {
    if (!BrNumbers.valid(brNumber)) {
      throw new IllegalArgumentException("not a BR number: " + brNumber);
    }
    this.brNumber = brNumber;
    this.nameEn = Objects.requireNonNull(nameEn);
    this.nameZh = nameZh;
    this.kind = Objects.requireNonNull(kind);
    this.nonProfit = nonProfit;
    this.pollutingProcesses = pollutingProcesses;
    this.registeredOn = Objects.requireNonNull(registeredOn);
  }

  Long id() {
    return id;
  }

  String brNumber() {
    return brNumber;
  }

  ApplicantKind kind() {
    return kind;
  }

  BusinessView view(long factories) {
    return new BusinessView(
        brNumber,
        nameEn,
        nameZh,
        kind,
        nonProfit,
        pollutingProcesses,
        registeredOn,
        factories,
        version);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("brNumber", brNumber);
    values.put("nameEn", nameEn);
    values.put("nameZh", nameZh);
    values.put("kind", kind.name());
    values.put("nonProfit", nonProfit);
    values.put("pollutingProcesses", pollutingProcesses);
    values.put("registeredOn", registeredOn.toString());
    return values;
  }
}
