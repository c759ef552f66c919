package org.cppp.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of {@code funding_application} a bulk import writes, with the PostgreSQL type its
 * values are cast to: the one list {@link HistoricalBatch} inserts by. Each value comes from {@link
 * FundingApplication#column}, a switch the compiler keeps complete. The id is drawn from its
 * sequence; {@code created_at}, {@code updated_at} and {@code version} take their defaults. {@code
 * ApplicationColumnsTests} compares this list and the JPA mapping with the table.
 */
enum ApplicationColumn {
  REFERENCE("text"),
  FACTORY_BR("text"),
  FACTORY_SECTOR("text"),
  SCHEME("text"),
  PROVIDER_CODE("text"),
  STATUS("text"),
  TITLE("text"),
  DESCRIPTION("text"),
  QUOTATION_REF("text"),
  TOTAL_COST_HKD("numeric"),
  GOVERNMENT_SHARE_HKD("numeric"),
  APPROVED_AMOUNT_HKD("numeric"),
  FINAL_COST_HKD("numeric"),
  TECHNOLOGY("text"),
  EXPECTED_BENEFITS("text"),
  VERIFIES_REFERENCE("text"),
  VERIFIES_DESCRIPTION("text"),
  PHASE_NAME("text"),
  SUBMITTED_ON("date"),
  DECIDED_ON("date"),
  DUE_ON("date"),
  COMPLETED_ON("date"),
  DECISION_NOTE("text"),
  SCREENING_FINDINGS("text"),
  CREATED_BY("text"),
  SLA_STAGE("text"),
  SLA_SINCE("date");

  /** The columns the table fills itself: the id from its sequence, the rest by default. */
  static final List<String> FILLED_BY_THE_TABLE =
      List.of("id", "created_at", "updated_at", "version");

  private final String sqlType;

  ApplicationColumn(String sqlType) {
    this.sqlType = sqlType;
  }

  /** The column's name in the table. */
  String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The PostgreSQL type a text value is cast to. */
  String sqlType() {
    return sqlType;
  }

  static List<String> names() {
    return Arrays.stream(values()).map(ApplicationColumn::column).toList();
  }
}
