package org.cppp.factory;

import java.time.LocalDate;
import java.util.List;

/** A factory's link to its Hong Kong business, with the evidence officers check. */
public record FactoryLinkView(
    String factoryBr,
    String businessBr,
    LinkKind kind,
    LocalDate linkedOn,
    List<Evidence> evidence,
    boolean evidenceChecked) {

  public FactoryLinkView {
    evidence = List.copyOf(evidence);
  }

  /** The link with {@code evidenceChecked}: every document checked, and there is at least one. */
  static FactoryLinkView of(
      String factoryBr, String businessBr, LinkKind kind, LocalDate on, List<Evidence> evidence) {
    boolean checked = !evidence.isEmpty() && evidence.stream().allMatch(Evidence::checked);
    return new FactoryLinkView(factoryBr, businessBr, kind, on, evidence, checked);
  }

  /** An evidence document; {@code checkedBy} and {@code checkedOn} are null until checked. */
  public record Evidence(int number, String title, String checkedBy, LocalDate checkedOn) {
    public boolean checked() {
      return checkedBy != null;
    }
  }
}
