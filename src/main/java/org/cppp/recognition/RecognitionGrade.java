package org.cppp.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A grade row: read-only here, added by data with the cycle year it is effective from. */
@Entity
@Table(name = "recognition_grade")
class RecognitionGrade {

  @Id private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh_hk")
  private String nameZhHk;

  @Column(name = "name_zh_cn")
  private String nameZhCn;

  @Column(name = "sort_order")
  private int sortOrder;

  @Column(name = "effective_from_year")
  private int effectiveFromYear;

  protected RecognitionGrade() {}

  String code() {
    return code;
  }

  boolean effectiveIn(int year) {
    return effectiveFromYear <= year;
  }

  GradeView view() {
    return new GradeView(
        code, new LocalizedName(nameEn, nameZhHk, nameZhCn), sortOrder, effectiveFromYear);
  }
}
