package org.cppp.retention.web;

import org.cppp.retention.PersonalDataExport;
import org.cppp.retention.PersonalDataExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' page for a data access request: an e-mail address or a BR number, and a button that
 * downloads everything held as a JSON file.
 */
@Controller
@RequestMapping("/personal-data")
class PersonalDataPages {

  private final PersonalDataExports exports;

  PersonalDataPages(PersonalDataExports exports) {
    this.exports = exports;
  }

  @GetMapping
  String page() {
    return "retention/personal-data";
  }

  @GetMapping("/export")
  ResponseEntity<PersonalDataExport> download(
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String factory) {
    PersonalDataExport export = PersonalDataApi.exportOf(exports, email, factory);
    String name = "personal-data-" + (export.factory() != null ? export.factory() : "person");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name + ".json").build().toString())
        .body(export);
  }
}
