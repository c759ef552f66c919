package org.cppp.recognition.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.recognition.NewCycle;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-cycle form's fields, as typed. */
public class CycleForm {

  private Integer year;
  private String title;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate nominationsOpen;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate nominationsClose;

  private List<String> categories = new ArrayList<>();
  private List<String> grades = new ArrayList<>();

  NewCycle toNewCycle() {
    return new NewCycle(year, title, nominationsOpen, nominationsClose, categories, grades);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getNominationsOpen() {
    return nominationsOpen;
  }

  public void setNominationsOpen(LocalDate nominationsOpen) {
    this.nominationsOpen = nominationsOpen;
  }

  public LocalDate getNominationsClose() {
    return nominationsClose;
  }

  public void setNominationsClose(LocalDate nominationsClose) {
    this.nominationsClose = nominationsClose;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : categories;
  }

  public List<String> getGrades() {
    return grades;
  }

  public void setGrades(List<String> grades) {
    this.grades = grades == null ? new ArrayList<>() : grades;
  }
}
