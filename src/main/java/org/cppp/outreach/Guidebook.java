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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.shared.RuleViolation;

/** A CP guidebook on an industry or topic: prepared, then published with its PDF. */
@Entity
@Table(name = "outreach_guidebook")
class Guidebook {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "title_zh_hk")
  private String titleZhHk;

  @Column(name = "title_zh_cn")
  private String titleZhCn;

  @Enumerated(EnumType.STRING)
  private GuidebookKind kind;

  private String topic;

  @Enumerated(EnumType.STRING)
  private GuidebookStatus status;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "file_id")
  private Long fileId;

  private long downloads;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Guidebook() {}

  Guidebook(GuidebookCommand command) {
    this.createdAt = Instant.now();
    apply(command);
  }

  void apply(GuidebookCommand c) {
    boolean published = c.status() == GuidebookStatus.PUBLISHED;
    if (published && c.publishedOn() == null) {
      throw new RuleViolation("publishedOn", "outreach.guidebook.publishedOn.required");
    }
    this.titleEn = c.titleEn().trim();
    this.titleZhHk = c.titleZhHk().trim();
    this.titleZhCn = c.titleZhCn().trim();
    this.kind = c.kind();
    this.topic = c.topic().trim();
    this.status = c.status();
    this.publishedOn = published ? c.publishedOn() : null;
  }

  void attach(long fileId) {
    this.fileId = fileId;
  }

  boolean isPublic() {
    return status == GuidebookStatus.PUBLISHED;
  }

  Long fileId() {
    return fileId;
  }

  Long id() {
    return id;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("titleEn", titleEn);
    values.put("titleZhHk", titleZhHk);
    values.put("titleZhCn", titleZhCn);
    values.put("kind", kind);
    values.put("topic", topic);
    values.put("status", status);
    values.put("publishedOn", publishedOn);
    values.put("file", fileId);
    return values;
  }

  GuidebookView view(long fileBytes) {
    return new GuidebookView(
        id,
        new LocalText(titleEn, titleZhHk, titleZhCn),
        kind,
        topic,
        status,
        publishedOn,
        fileBytes,
        downloads);
  }
}
