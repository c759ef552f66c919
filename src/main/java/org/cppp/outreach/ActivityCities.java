package org.cppp.outreach;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accepted cities, kept as data in {@code outreach_city}. */
@Component
class ActivityCities {

  private final JdbcClient jdbc;

  ActivityCities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<City> active() {
    return jdbc.sql(
            "select code, name_en, name_zh_hk, name_zh_cn from outreach_city where active"
                + " order by sort_order")
        .query(
            (rs, n) ->
                new City(
                    rs.getString("code"),
                    rs.getString("name_en"),
                    rs.getString("name_zh_hk"),
                    rs.getString("name_zh_cn")))
        .list();
  }

  boolean accepts(String code) {
    return active().stream().anyMatch(c -> c.code().equals(code));
  }
}
