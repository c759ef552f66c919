package org.cppp.retention;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.PersonalRecords;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's export of everything held about one person or one factory: each module gives its own
 * part ({@link PersonalRecords}); the export is audited (who asked, about whom, how many records).
 */
@Service
@Transactional
public class PersonalDataExports {

  private static final java.util.regex.Pattern BR_NUMBER =
      java.util.regex.Pattern.compile("[0-9]{8}");

  private final List<PersonalRecords> modules;
  private final AuditTrail audit;
  private final Clock clock;

  PersonalDataExports(List<PersonalRecords> modules, AuditTrail audit, Clock clock) {
    this.modules = modules;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Everything held about the person with this e-mail address (any case).
   *
   * @throws RuleViolation on field {@code email} when it is not an e-mail address
   */
  @PreAuthorize(RetentionPolicy.EXPORT)
  public PersonalDataExport ofPerson(String email) {
    String address = email == null ? "" : email.strip();
    if (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+")) {
      throw new RuleViolation("email", "retention.export.email.invalid");
    }
    return export(address, null, module -> module.ofPerson(address));
  }

  /**
   * Everything held about the factory with this BR number.
   *
   * @throws RuleViolation on field {@code factory} when it is not an 8-digit BR number
   */
  @PreAuthorize(RetentionPolicy.EXPORT)
  public PersonalDataExport ofFactory(String brNumber) {
    String br = brNumber == null ? "" : brNumber.strip();
    if (!BR_NUMBER.matcher(br).matches()) {
      throw new RuleViolation("factory", "retention.export.factory.invalid");
    }
    return export(null, br, module -> module.ofFactory(br));
  }

  private PersonalDataExport export(
      String email,
      String factory,
      Function<PersonalRecords, Map<String, List<Map<String, Object>>>> part) {
    Map<String, Map<String, List<Map<String, Object>>>> sections = new TreeMap<>();
    int records = 0;
    for (PersonalRecords module : modules) {
      Map<String, List<Map<String, Object>>> held = new TreeMap<>(part.apply(module));
      records += held.values().stream().mapToInt(List::size).sum();
      sections.merge(
          module.section(),
          held,
          (a, b) -> {
            a.putAll(b);
            return a;
          });
    }
    String officer = SecurityContextHolder.getContext().getAuthentication().getName();
    audit.record(
        "personal-data",
        factory != null ? factory : "person",
        "EXPORTED",
        email != null ? Map.of("email", email, "records", records) : Map.of("records", records));
    return new PersonalDataExport(email, factory, clock.instant(), officer, sections);
  }
}
