package org.cppp.outreach.web;

import org.cppp.outreach.StoryCommand;
import org.cppp.outreach.StoryView;
import org.cppp.shared.TechnologyCategory;

/** The success story form's fields, as typed. */
public class StoryForm {

  private String applicationRef;
  private TechnologyCategory category = TechnologyCategory.ENERGY_SAVING;
  private String titleEn;
  private String titleZhHk;
  private String titleZhCn;
  private String textEn;
  private String textZhHk;
  private String textZhCn;
  private String results;
  private boolean published;

  static StoryForm of(StoryView s) {
    StoryForm f = new StoryForm();
    f.applicationRef = s.applicationRef();
    f.category = s.category();
    f.titleEn = s.title().en();
    f.titleZhHk = s.title().zhHk();
    f.titleZhCn = s.title().zhCn();
    f.textEn = s.text().en();
    f.textZhHk = s.text().zhHk();
    f.textZhCn = s.text().zhCn();
    f.results = s.results();
    f.published = s.published();
    return f;
  }

  StoryCommand toCommand() {
    return new StoryCommand(
        applicationRef,
        category,
        titleEn,
        titleZhHk,
        titleZhCn,
        textEn,
        textZhHk,
        textZhCn,
        results,
        published);
  }

  public String getApplicationRef() {
    return applicationRef;
  }

  public void setApplicationRef(String applicationRef) {
    this.applicationRef = applicationRef;
  }

  public TechnologyCategory getCategory() {
    return category;
  }

  public void setCategory(TechnologyCategory category) {
    this.category = category;
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

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public String getTextZhHk() {
    return textZhHk;
  }

  public void setTextZhHk(String textZhHk) {
    this.textZhHk = textZhHk;
  }

  public String getTextZhCn() {
    return textZhCn;
  }

  public void setTextZhCn(String textZhCn) {
    this.textZhCn = textZhCn;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }
}
