package org.cppp.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cppp.shared.ApplicantKind;

/** A scheme of the catalogue as stored. Never changed once defined. */
@Entity
@Table(name = "funding_scheme")
class FundingScheme {

  @Id private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh_hk")
  private String nameZhHk;

  @Column(name = "name_zh_cn")
  private String nameZhCn;

  @Enumerated(EnumType.STRING)
  private Initiative initiative;

  @Column(name = "needs_committee")
  private boolean needsCommittee;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "funding_scheme_applicant", joinColumns = @JoinColumn(name = "scheme"))
  @Column(name = "applicant")
  @Enumerated(EnumType.STRING)
  private Set<ApplicantKind> applicants = EnumSet.noneOf(ApplicantKind.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "funding_scheme_document", joinColumns = @JoinColumn(name = "scheme"))
  @Column(name = "document")
  private Set<String> documents = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "funding_scheme_technology", joinColumns = @JoinColumn(name = "scheme"))
  @Column(name = "technology")
  private Set<String> technologies = new TreeSet<>();

  protected FundingScheme() {}

  FundingScheme(SchemeDefinition d, Instant at) {
    this.code = d.code().code();
    this.nameEn = d.names().get("en");
    this.nameZhHk = d.names().get("zh-HK");
    this.nameZhCn = d.names().get("zh-CN");
    this.initiative = d.initiative();
    this.needsCommittee = d.needsCommittee();
    this.createdAt = at;
    this.applicants.addAll(d.applicants());
    this.documents.addAll(d.documents());
    this.technologies.addAll(d.technologies());
  }

  SchemeDefinition view() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("en", nameEn);
    names.put("zh-HK", nameZhHk);
    names.put("zh-CN", nameZhCn);
    return new SchemeDefinition(
        Scheme.valueOf(code),
        initiative,
        names,
        applicants,
        needsCommittee,
        new TreeSet<>(documents).stream().toList(),
        new TreeSet<>(technologies).stream().toList());
  }

  Map<String, Object> snapshot() {
    SchemeDefinition d = view();
    Map<String, Object> values = new LinkedHashMap<>(d.names());
    values.put("initiative", d.initiative().name());
    values.put("applicants", new TreeSet<>(d.applicants().stream().map(Enum::name).toList()));
    values.put("needsCommittee", d.needsCommittee());
    values.put("documents", d.documents());
    values.put("technologies", d.technologies());
    return values;
  }
}
