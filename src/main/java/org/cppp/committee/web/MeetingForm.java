package org.cppp.committee.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.cppp.committee.NewMeeting;
import org.springframework.format.annotation.DateTimeFormat;

/** The schedule-a-meeting form. */
class MeetingForm {

  private String number;
  private String title;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  @DateTimeFormat(pattern = "HH:mm")
  private LocalTime startTime;

  private String venue;
  private String onlineLink;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate declarationDeadline;

  NewMeeting toNewMeeting() {
    return new NewMeeting(number, title, date, startTime, venue, onlineLink, declarationDeadline);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public LocalDate getDeclarationDeadline() {
    return declarationDeadline;
  }

  public void setDeclarationDeadline(LocalDate declarationDeadline) {
    this.declarationDeadline = declarationDeadline;
  }
}
