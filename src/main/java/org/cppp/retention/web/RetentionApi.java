package org.cppp.retention.web;

import java.util.List;
import java.util.Map;
import org.cppp.retention.RetentionRule;
import org.cppp.retention.RetentionRules;
import org.cppp.retention.RetentionRuns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention rules as JSON; administrators change a period and may start a run. */
@RestController
@RequestMapping("/api/retention")
class RetentionApi {

  private final RetentionRules rules;
  private final RetentionRuns runs;

  RetentionApi(RetentionRules rules, RetentionRuns runs) {
    this.rules = rules;
    this.runs = runs;
  }

  /** A changed period: months after the counted-from date. */
  record PeriodChange(int periodMonths) {}

  @GetMapping("/rules")
  List<RetentionRule> rules() {
    return rules.list();
  }

  @PutMapping("/rules/{kind}")
  RetentionRule change(@PathVariable String kind, @RequestBody PeriodChange change) {
    return rules.change(kind, change.periodMonths());
  }

  @PostMapping("/runs")
  Map<String, Integer> run() {
    return runs.anonymiseDue();
  }
}
