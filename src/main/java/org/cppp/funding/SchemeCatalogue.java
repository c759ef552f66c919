package org.cppp.funding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;

/** Checks a scheme to define, naming the field at fault, and turns it into its stored form. */
final class SchemeCatalogue {

  private static final List<String> LANGUAGES = List.of("en", "zh-HK", "zh-CN");
  private static final Pattern DOCUMENT = Pattern.compile("[A-Z][A-Z_]{0,39}");

  private SchemeCatalogue() {}

  static FundingScheme admit(NewScheme given, boolean taken, Instant at) {
    Scheme code = code(given.code());
    if (taken) {
      throw new RuleViolation("code", "funding.scheme.code.taken", code);
    }
    if (given.needsCommittee() == null) {
      throw new RuleViolation("needsCommittee", "funding.scheme.needs-committee.required");
    }
    return new FundingScheme(
        new SchemeDefinition(
            code,
            initiative(given.initiative()),
            names(given.names()),
            applicants(given.applicants()),
            given.needsCommittee(),
            codes("documents", given.documents(), null),
            codes("technologies", given.technologies(), TechnologyCategory.class)),
        at);
  }

  static Scheme code(String code) {
    try {
      return Scheme.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("code", "funding.scheme.code.invalid");
    }
  }

  private static Initiative initiative(String text) {
    try {
      return Initiative.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("initiative", "funding.scheme.initiative.invalid");
    }
  }

  private static Map<String, String> names(Map<String, String> names) {
    for (String language : LANGUAGES) {
      String name = names == null ? null : names.get(language);
      if (name == null || name.isBlank() || name.trim().length() > 200) {
        throw new RuleViolation("names." + language, "funding.scheme.name.required");
      }
    }
    return Map.of(
        "en", names.get("en").trim(),
        "zh-HK", names.get("zh-HK").trim(),
        "zh-CN", names.get("zh-CN").trim());
  }

  private static Set<ApplicantKind> applicants(List<String> given) {
    if (given == null || given.isEmpty()) {
      throw new RuleViolation("applicants", "funding.scheme.applicants.required");
    }
    Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
    for (int i = 0; i < given.size(); i++) {
      try {
        kinds.add(ApplicantKind.valueOf(given.get(i) == null ? "" : given.get(i).trim()));
      } catch (IllegalArgumentException e) {
        throw new RuleViolation("applicants[" + i + "]", "funding.scheme.applicant.invalid");
      }
    }
    return kinds;
  }

  /** Codes of a list: each a constant of {@code known}, or of the document form when none. */
  private static <E extends Enum<E>> List<String> codes(
      String field, List<String> given, Class<E> known) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; given != null && i < given.size(); i++) {
      String code = given.get(i) == null ? "" : given.get(i).trim();
      boolean valid;
      try {
        valid =
            known == null ? DOCUMENT.matcher(code).matches() : Enum.valueOf(known, code) != null;
      } catch (IllegalArgumentException e) {
        valid = false;
      }
      if (!valid) {
        throw new RuleViolation(field + "[" + i + "]", "funding.scheme.code-list.invalid");
      }
      codes.add(code);
    }
    return codes;
  }
}
