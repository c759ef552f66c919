package org.cppp.outreach.web;

import java.time.LocalDate;
import org.cppp.outreach.GuidebookCommand;
import org.cppp.outreach.GuidebookKind;
import org.cppp.outreach.GuidebookStatus;
import org.cppp.outreach.GuidebookView;
import org.springframework.format.annotation.DateTimeFormat;

/** The guidebook form's fields, as typed. */
public class GuidebookForm {

  private String titleEn;
  private String titleZhHk;
  private String titleZhCn;
  private GuidebookKind kind = GuidebookKind.INDUSTRY;
  private String topic;
  private GuidebookStatus status = GuidebookStatus.IN_PREPARATION;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  static GuidebookForm of(GuidebookView g) {
    GuidebookForm f = new GuidebookForm();
    f.titleEn = g.title().en();
    f.titleZhHk = g.title().zhHk();
    f.titleZhCn = g.title().zhCn();
    f.kind = g.kind();
    f.topic = g.topic();
    f.status = g.status();
    f.publishedOn = g.publishedOn();
    return f;
  }

  GuidebookCommand toCommand() {
    return new GuidebookCommand(titleEn, titleZhHk, titleZhCn, kind, topic, status, publishedOn);
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleZhHk() {
    return titleZhHk;
  }

  public void setTitleZhHk(String titleZhHk) {
    this.titleZhHk = titleZhHk;
  }

  public String getTitleZhCn() {
    return titleZhCn;
  }

  public void setTitleZhCn(String titleZhCn) {
    this.titleZhCn = titleZhCn;
  }

  public GuidebookKind getKind() {
    return kind;
  }

  public void setKind(GuidebookKind kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public GuidebookStatus getStatus() {
    return status;
  }

  public void setStatus(GuidebookStatus status) {
    this.status = status;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }
}
