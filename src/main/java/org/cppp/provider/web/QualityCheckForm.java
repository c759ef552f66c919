package org.cppp.provider.web;

import java.time.LocalDate;
import org.cppp.provider.QualityCheckDetails;
import org.cppp.provider.QualityRating;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The quality check form. */
public class QualityCheckForm {

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate checkedOn;

  private String finding;
  private QualityRating rating;

  QualityCheckDetails toDetails() {
    return new QualityCheckDetails(checkedOn, finding, rating);
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(LocalDate checkedOn) {
    this.checkedOn = checkedOn;
  }

  public String getFinding() {
    return finding;
  }

  public void setFinding(String finding) {
    this.finding = finding;
  }

  public QualityRating getRating() {
    return rating;
  }

  public void setRating(QualityRating rating) {
    this.rating = rating;
  }
}
