package org.cppp.verification;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary of named technologies a case's measure may record, under the technology categories
 * (data, table {@code verification_technology}); public, as the CP Toolbox names them.
 */
@Service
@Transactional(readOnly = true)
public class Technologies {

  private final JdbcClient jdbc;

  Technologies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every named technology, by category in the categories' order, then as listed. */
  @PreAuthorize("permitAll()")
  public List<Technology> all() {
    return jdbc
        .sql(
            "select code, category, name_en, name_zh_hk, name_zh_cn from verification_technology"
                + " order by position, code")
        .query(
            (rs, row) ->
                new Technology(
                    rs.getString("code"),
                    TechnologyCategory.valueOf(rs.getString("category")),
                    rs.getString("name_en"),
                    rs.getString("name_zh_hk"),
                    rs.getString("name_zh_cn")))
        .list()
        .stream()
        .sorted(Comparator.comparing(Technology::category))
        .toList();
  }

  /**
   * The code a measure names, checked against the vocabulary: {@code null} when it names none;
   * refused (field {@code measures}) when unknown or of another category than the measure's.
   */
  String checked(NewCase.MeasureInput measure) {
    String code = measure.technologyCode();
    if (code == null || code.isBlank()) {
      return null;
    }
    String wanted = code.strip();
    Optional<Technology> named = all().stream().filter(t -> t.code().equals(wanted)).findFirst();
    if (named.isEmpty()) {
      throw new RuleViolation("measures", "verification.measure.technology.unknown", wanted);
    }
    if (named.get().category() != measure.technology()) {
      throw new RuleViolation(
          "measures", "verification.measure.technology.category", named.get().code());
    }
    return named.get().code();
  }
}
