package org.cppp.committee;

import java.time.LocalDate;
import org.cppp.reporting.MeetingFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the annual report how many meetings the committee held in a period. */
@Component
class MeetingCount implements MeetingFigures {

  private final JdbcClient jdbc;

  MeetingCount(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public long meetingsHeld(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) from committee_meeting where meeting_date between :from and :to"
                + " and status in (:held)")
        .param("from", from)
        .param("to", to)
        .param("held", MeetingStatus.where(MeetingStatus::held))
        .query(Long.class)
        .single();
  }
}
