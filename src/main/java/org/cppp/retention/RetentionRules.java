package org.cppp.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The retention rules: one per kind of record, read by the job, changed by administrators. */
@Service
@Transactional
public class RetentionRules {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RetentionRules(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Every rule, in the order the page shows them. */
  @PreAuthorize(RetentionPolicy.READ)
  @Transactional(readOnly = true)
  public List<RetentionRule> list() {
    return all();
  }

  /** Every rule, for the job (no user). */
  List<RetentionRule> all() {
    return jdbc.sql("select * from retention_rule order by position").query(this::rule).list();
  }

  /**
   * Changes how many months a kind of record keeps its personal data; audited.
   *
   * @throws RuleViolation on field {@code periodMonths} when out of 1-1200
   * @throws NotFoundException when no rule has this kind
   */
  @PreAuthorize(RetentionPolicy.EDIT)
  public RetentionRule change(String kind, int periodMonths) {
    if (periodMonths < RetentionRule.MIN_MONTHS || periodMonths > RetentionRule.MAX_MONTHS) {
      throw new RuleViolation(
          "periodMonths",
          "retention.period.range",
          RetentionRule.MIN_MONTHS,
          RetentionRule.MAX_MONTHS);
    }
    RetentionRule before =
        jdbc.sql("select * from retention_rule where kind = ? for update")
            .param(kind)
            .query(this::rule)
            .optional()
            .orElseThrow(() -> new NotFoundException("retention rule", kind));
    String actor = SecurityContextHolder.getContext().getAuthentication().getName();
    jdbc.sql(
            "update retention_rule set period_months = ?, updated_by = ?, updated_at = now(),"
                + " version = version + 1 where kind = ?")
        .params(periodMonths, actor, kind)
        .update();
    audit.record(
        "retention-rule",
        kind,
        "PERIOD_CHANGED",
        Map.of("periodMonths", List.of(before.periodMonths(), periodMonths)));
    return jdbc.sql("select * from retention_rule where kind = ?")
        .param(kind)
        .query(this::rule)
        .single();
  }

  private RetentionRule rule(ResultSet rs, int row) throws SQLException {
    return new RetentionRule(
        rs.getString("kind"),
        rs.getInt("period_months"),
        rs.getString("counted_from"),
        rs.getString("action"),
        rs.getString("updated_by"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
