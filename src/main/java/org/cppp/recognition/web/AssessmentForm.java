package org.cppp.recognition.web;

import org.cppp.recognition.Assessment;
import org.cppp.recognition.Outcome;

/** The assessment form's fields, as typed. */
public class AssessmentForm {

  private Integer score;
  private String comments;
  private Outcome outcome;
  private String grade;

  Assessment toAssessment() {
    return new Assessment(
        score, comments, outcome, grade == null || grade.isBlank() ? null : grade);
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }
}
