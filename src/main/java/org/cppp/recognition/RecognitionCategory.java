package org.cppp.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category row: read-only here, added by data. */
@Entity
@Table(name = "recognition_category")
class RecognitionCategory {

  @Id private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh_hk")
  private String nameZhHk;

  @Column(name = "name_zh_cn")
  private String nameZhCn;

  @Column(name = "sort_order")
  private int sortOrder;

  protected RecognitionCategory() {}

  String code() {
    return code;
  }

  CategoryView view() {
    return new CategoryView(code, new LocalizedName(nameEn, nameZhHk, nameZhCn), sortOrder);
  }
}
