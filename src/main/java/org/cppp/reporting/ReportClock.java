package org.cppp.reporting;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Hong Kong, the programme's time zone. */
final class ReportClock {

  static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

  private ReportClock() {}

  static LocalDate today() {
    return LocalDate.now(HONG_KONG);
  }
}
