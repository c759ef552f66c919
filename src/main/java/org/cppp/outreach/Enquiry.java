package org.cppp.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.identity.Language;
import org.cppp.shared.RuleViolation;

/** A question to the enquiry hotline, from the web form or logged by an officer. */
@Entity
@Table(name = "outreach_enquiry")
class Enquiry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private EnquiryChannel channel;

  private String topic;
  private String name;
  private String company;
  private String email;
  private String phone;

  @Column(name = "factory_br")
  private String factoryBr;

  private String question;
  private String answer;

  @Enumerated(EnumType.STRING)
  private EnquiryStatus status;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private String language;

  @Version private long version;

  protected Enquiry() {}

  Enquiry(EnquiryCommand c, Instant now) {
    this.channel = c.channel();
    this.topic = c.topic().trim();
    this.name = blankToNull(c.name());
    this.company = blankToNull(c.company());
    this.email = blankToNull(c.email());
    this.phone = blankToNull(c.phone());
    this.factoryBr = blankToNull(c.factoryBr());
    this.question = c.question().trim();
    this.status = EnquiryStatus.OPEN;
    this.receivedAt = c.receivedAt() == null ? now : c.receivedAt();
    this.language = (c.language() == null ? Language.EN : c.language()).tag();
  }

  void answer(String text, Instant at) {
    if (status == EnquiryStatus.CLOSED) {
      throw new RuleViolation("answer", "outreach.enquiry.closed");
    }
    if (text == null || text.isBlank()) {
      throw new RuleViolation("answer", "outreach.enquiry.answer.required");
    }
    this.answer = text.trim();
    this.status = EnquiryStatus.ANSWERED;
    if (answeredAt == null) {
      this.answeredAt = at.isBefore(receivedAt) ? receivedAt : at;
    }
  }

  void close() {
    this.status = EnquiryStatus.CLOSED;
  }

  Long id() {
    return id;
  }

  /** The address to mail the answer to, or {@code null} when the enquirer gave none. */
  String email() {
    return email;
  }

  String question() {
    return question;
  }

  Language language() {
    return Language.ofTag(language);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("channel", channel);
    values.put("topic", topic);
    values.put("factoryBr", factoryBr);
    values.put("status", status);
    values.put("answer", answer);
    values.put("answeredAt", answeredAt);
    return values;
  }

  /** The enquiry as it stands on {@code clock}, its working days counted on that clock's dates. */
  EnquiryView view(Clock clock, int slaDays) {
    LocalDate received = LocalDate.ofInstant(receivedAt, clock.getZone());
    Instant until = answeredAt == null ? clock.instant() : answeredAt;
    long open = WorkingDays.between(received, LocalDate.ofInstant(until, clock.getZone()));
    boolean overdue = status == EnquiryStatus.OPEN && open > slaDays;
    Duration toAnswer = answeredAt == null ? null : Duration.between(receivedAt, answeredAt);
    return new EnquiryView(
        id == null ? 0 : id,
        channel,
        topic,
        name,
        company,
        email,
        phone,
        factoryBr,
        question,
        answer,
        status,
        receivedAt,
        answeredAt,
        open,
        overdue,
        toAnswer,
        language());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
