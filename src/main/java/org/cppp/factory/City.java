package org.cppp.factory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city (reference data, maintained by migrations). */
@Entity
@Table(name = "city")
class City {

  @Id private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh_hk")
  private String nameZhHk;

  @Column(name = "name_zh_cn")
  private String nameZhCn;

  private String province;

  protected City() {}

  CityView view() {
    return new CityView(code, nameEn, nameZhHk, nameZhCn, province);
  }
}
