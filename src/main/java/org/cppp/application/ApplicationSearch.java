package org.cppp.application;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cppp.shared.FinancialYear;
import org.springframework.data.jpa.domain.Specification;

/**
 * The applications list's filters, limited to what the current user may see: their role's share and
 * nothing another module withholds from them.
 */
final class ApplicationSearch {

  private ApplicationSearch() {}

  /**
   * @param hidden references the user may not see (recusals), excluded in the query itself
   */
  static Specification<FundingApplication> matching(
      ApplicationQuery q, ApplicationPolicy.Scope scope, Set<String> hidden, LocalDate today) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!hidden.isEmpty()) {
        where.add(cb.not(root.get("reference").in(hidden)));
      }
      if (!scope.all()) {
        List<Predicate> own = new ArrayList<>();
        if (!scope.factoryBrs().isEmpty()) {
          own.add(root.get("factoryBr").in(scope.factoryBrs()));
        }
        if (scope.providerCode() != null) {
          own.add(cb.equal(root.get("providerCode"), scope.providerCode()));
        }
        where.add(own.isEmpty() ? cb.disjunction() : cb.or(own.toArray(Predicate[]::new)));
      }
      if (q.scheme() != null) {
        where.add(cb.equal(root.get("scheme"), q.scheme()));
      }
      if (q.status() != null) {
        where.add(cb.equal(root.get("status"), q.status()));
      }
      if (present(q.sector())) {
        where.add(cb.equal(root.get("factorySector"), q.sector()));
      }
      if (q.financialYear() != null) {
        FinancialYear year = FinancialYear.given("financialYear", q.financialYear(), today);
        where.add(cb.between(root.get("submittedOn"), year.start(), year.end()));
      }
      if (present(q.providerCode())) {
        where.add(
            cb.equal(root.get("providerCode"), q.providerCode().trim().toUpperCase(Locale.ROOT)));
      }
      if (present(q.factoryBr())) {
        where.add(cb.equal(root.get("factoryBr"), q.factoryBr().trim()));
      }
      if (Boolean.TRUE.equals(q.overdue())) {
        where.add(root.get("status").in(ApplicationStatus.APPROVED, ApplicationStatus.IN_PROGRESS));
        where.add(cb.lessThan(root.get("dueOn"), today));
      }
      if (present(q.text())) {
        String like = "%" + q.text().trim().toLowerCase(Locale.ROOT) + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("reference")), like),
                cb.like(cb.lower(root.get("title")), like),
                cb.like(root.get("factoryBr"), like)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
