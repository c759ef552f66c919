package org.cppp.factory;

import java.time.LocalDate;
import java.util.List;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.RuleViolation;

/** Turns submitted business details and link evidence into clean values, or refuses them. */
final class BusinessInput {

  static final int EVIDENCE_MAX = 20;

  private BusinessInput() {}

  static Business business(String br, BusinessDetails d, LocalDate today) {
    String nameEn = clean(d.nameEn());
    if (nameEn == null) {
      throw new RuleViolation("nameEn", "factory.nameEn.required");
    }
    if (d.kind() == null) {
      throw new RuleViolation("kind", "business.kind.required");
    }
    boolean nonProfit = Boolean.TRUE.equals(d.nonProfit());
    if (d.kind() == ApplicantKind.TRADE_ASSOCIATION && !nonProfit) {
      throw new RuleViolation("nonProfit", "business.nonProfit.required");
    }
    String processes = clean(d.pollutingProcesses());
    if (d.kind() == ApplicantKind.HK_WORKSHOP && processes == null) {
      throw new RuleViolation("pollutingProcesses", "business.pollutingProcesses.required");
    }
    LocalDate on = d.registeredOn() == null ? today : d.registeredOn();
    return new Business(br, nameEn, clean(d.nameZh()), d.kind(), nonProfit, processes, on);
  }

  /** The evidence titles, blanks dropped; refuses more than {@link #EVIDENCE_MAX}. */
  static List<String> evidence(List<String> titles) {
    if (titles == null) {
      return List.of();
    }
    List<String> clean = titles.stream().map(BusinessInput::clean).filter(t -> t != null).toList();
    if (clean.size() > EVIDENCE_MAX) {
      throw new RuleViolation("evidence", "business.evidence.too-many", EVIDENCE_MAX);
    }
    return clean;
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
