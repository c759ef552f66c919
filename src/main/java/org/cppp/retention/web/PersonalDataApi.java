package org.cppp.retention.web;

import org.cppp.retention.PersonalDataExport;
import org.cppp.retention.PersonalDataExports;
import org.cppp.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A data access request answered as JSON: everything held about a person or a factory. */
@RestController
class PersonalDataApi {

  private final PersonalDataExports exports;

  PersonalDataApi(PersonalDataExports exports) {
    this.exports = exports;
  }

  @GetMapping("/api/personal-data/export")
  PersonalDataExport export(
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String factory) {
    return exportOf(exports, email, factory);
  }

  /** The export of the person (by e-mail) or factory asked for: exactly one of the two. */
  static PersonalDataExport exportOf(PersonalDataExports exports, String email, String factory) {
    boolean byEmail = email != null && !email.isBlank();
    boolean byFactory = factory != null && !factory.isBlank();
    if (byEmail == byFactory) {
      throw new RuleViolation("email", "retention.export.one");
    }
    return byEmail ? exports.ofPerson(email) : exports.ofFactory(factory);
  }
}
