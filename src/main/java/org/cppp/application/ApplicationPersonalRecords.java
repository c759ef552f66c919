package org.cppp.application;

import static org.cppp.platform.PersonalRecords.rows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications' personal data: the files uploaded with an application. Once an application has been
 * rejected for long enough its documents' content is deleted; the document's kind, name, size and
 * checksum stay, and the application itself (its figures count in the reports) is untouched.
 */
@Component
class ApplicationPersonalRecords implements PersonalRecords {

  static final String REJECTED_APPLICATION_DOCUMENT = "REJECTED_APPLICATION_DOCUMENT";

  private final JdbcClient jdbc;
  private final Clock clock;

  ApplicationPersonalRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "application";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(REJECTED_APPLICATION_DOCUMENT);
  }

  @Override
  @Transactional
  public int anonymise(String kind, Instant cutoff, int limit) {
    if (!REJECTED_APPLICATION_DOCUMENT.equals(kind)) {
      return 0;
    }
    LocalDate before = LocalDate.ofInstant(cutoff, clock.getZone());
    return jdbc.sql(
            "update application_document set content = ''::bytea, content_deleted_at = now()"
                + " where id in (select d.id from funding_application a"
                + " join application_document d on d.application_id = a.id"
                + " where a.status = 'REJECTED' and a.decided_on < ?"
                + " and d.content_deleted_at is null order by a.decided_on limit ?)")
        .params(before, limit)
        .update();
  }

  @Override
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    Map<String, List<Map<String, Object>>> part = new LinkedHashMap<>();
    part.put(
        "applications",
        rows(
            jdbc.sql(
                    "select reference, scheme, status, title, description, provider_code,"
                        + " total_cost_hkd, government_share_hkd, approved_amount_hkd,"
                        + " submitted_on, decided_on, completed_on from funding_application"
                        + " where factory_br = ? order by reference limit 1000")
                .param(brNumber)
                .query()
                .listOfRows()));
    part.put(
        "documents",
        rows(
            jdbc.sql(
                    "select a.reference, d.kind, d.filename, d.content_type, d.size_bytes,"
                        + " d.uploaded_by, d.uploaded_at, d.content_deleted_at"
                        + " from funding_application a join application_document d"
                        + " on d.application_id = a.id where a.factory_br = ?"
                        + " order by d.id limit 1000")
                .param(brNumber)
                .query()
                .listOfRows()));
    return part;
  }
}
