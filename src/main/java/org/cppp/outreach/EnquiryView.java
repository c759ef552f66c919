package org.cppp.outreach;

import java.time.Duration;
import java.time.Instant;
import org.cppp.identity.Language;

/**
 * An enquiry in the officers' queue.
 *
 * @param workingDaysOpen working days since it was received (until answered)
 * @param overdue still open after more working days than the SLA allows
 * @param timeToAnswer from receipt to answer, once answered
 * @param language the enquirer's: the answer is mailed in it
 */
public record EnquiryView(
    long id,
    EnquiryChannel channel,
    String topic,
    String name,
    String company,
    String email,
    String phone,
    String factoryBr,
    String question,
    String answer,
    EnquiryStatus status,
    Instant receivedAt,
    Instant answeredAt,
    long workingDaysOpen,
    boolean overdue,
    Duration timeToAnswer,
    Language language) {

  /** Time to answer in whole hours, for display. */
  public Long hoursToAnswer() {
    return timeToAnswer == null ? null : timeToAnswer.toHours();
  }
}
