package org.cppp.factory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cppp.shared.RuleViolation;

/**
 * A factory's link to the Hong Kong business that applies for it (one business per factory), and
 * the evidence documents officers check one by one.
 */
@Entity
@Table(name = "factory_business_link")
class FactoryLink {

  @Id
  @Column(name = "factory_id")
  private Long factoryId;

  @Column(name = "business_id")
  private Long businessId;

  @Enumerated(EnumType.STRING)
  private LinkKind kind;

  @Column(name = "linked_on")
  private LocalDate linkedOn;

  @ElementCollection
  @CollectionTable(name = "factory_link_evidence", joinColumns = @JoinColumn(name = "factory_id"))
  @OrderColumn(name = "position")
  private List<Document> evidence = new ArrayList<>();

  @Version private long version;

  protected FactoryLink() {}

  FactoryLink(Long factoryId, Long businessId, LinkKind kind, LocalDate linkedOn) {
    this.factoryId = Objects.requireNonNull(factoryId);
    relink(businessId, kind, linkedOn);
  }

  void relink(Long businessId, LinkKind kind, LocalDate linkedOn) {
    this.businessId = Objects.requireNonNull(businessId);
    this.kind = Objects.requireNonNull(kind);
    this.linkedOn = Objects.requireNonNull(linkedOn);
  }

  void addEvidence(String title) {
    evidence.add(new Document(title, null, null));
  }

  /** Marks evidence document {@code number} (from 1) checked; refuses an unknown or checked one. */
  void check(int number, String officer, LocalDate on) {
    if (number < 1 || number > evidence.size()) {
      throw new RuleViolation("number", "business.evidence.unknown", number);
    }
    Document document = evidence.get(number - 1);
    if (document.checkedBy != null) {
      throw new RuleViolation("number", "business.evidence.checked", number);
    }
    evidence.set(number - 1, new Document(document.title, officer, on));
  }

  Long factoryId() {
    return factoryId;
  }

  Long businessId() {
    return businessId;
  }

  FactoryLinkView view(String factoryBr, String businessBr) {
    List<FactoryLinkView.Evidence> documents = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Document d = evidence.get(i);
      documents.add(new FactoryLinkView.Evidence(i + 1, d.title, d.checkedBy, d.checkedOn));
    }
    return FactoryLinkView.of(factoryBr, businessBr, kind, linkedOn, documents);
  }

  @Embeddable
  static class Document {
    private String title;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    protected Document() {}

    Document(String title, String checkedBy, LocalDate checkedOn) {
      this.title = title;
      this.checkedBy = checkedBy;
      this.checkedOn = checkedOn;
    }
  }
}
