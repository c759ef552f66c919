package org.cppp.factory;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;

/**
 * The factory list's filters as a query; eligibility is judged by the rule set in force. A factory
 * merged into another is never listed (it is offered for no new work) but stays readable by its own
 * link.
 */
final class FactorySearch {

  private FactorySearch() {}

  /**
   * @param onlyBr when not {@code null}, only this factory (an applicant's own) and the factories
   *     of the business with this BR number
   */
  static Specification<Factory> matching(
      FactoryQuery query, Optional<EligibilityRules> rules, String onlyBr) {
    return (root, q, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.isNull(root.get("mergedInto")));
      if (onlyBr != null) {
        where.add(ownOrOfBusiness(root, q, cb, onlyBr));
      }
      if (query.sector() != null) {
        where.add(cb.equal(root.get("sector"), query.sector()));
      }
      if (query.city() != null && !query.city().isBlank()) {
        where.add(cb.equal(root.get("city"), query.city().strip().toUpperCase(Locale.ROOT)));
      }
      if (query.eligible() != null) {
        Predicate eligible = eligible(root, cb, rules);
        where.add(query.eligible() ? eligible : cb.not(eligible));
      }
      if (query.text() != null && !query.text().isBlank()) {
        String pattern = "%" + escape(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
        where.add(
            cb.or(
                cb.like(root.get("brNumber"), pattern, '\\'),
                cb.like(cb.lower(root.get("nameEn")), pattern, '\\'),
                cb.like(cb.lower(cb.coalesce(root.get("nameZh"), "")), pattern, '\\')));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** The factory with this BR number, or any factory linked to the business with it. */
  private static Predicate ownOrOfBusiness(
      Root<Factory> root, CriteriaQuery<?> q, CriteriaBuilder cb, String br) {
    return cb.or(cb.equal(root.get("brNumber"), br), root.get("id").in(ofBusiness(q, cb, br)));
  }

  /** The ids of the factories linked to the business with this BR number. */
  static Subquery<Long> ofBusiness(CriteriaQuery<?> q, CriteriaBuilder cb, String businessBr) {
    Subquery<Long> ids = q.subquery(Long.class);
    Root<FactoryLink> link = ids.from(FactoryLink.class);
    Root<Business> business = ids.from(Business.class);
    return ids.select(link.get("factoryId"))
        .where(
            cb.equal(link.get("businessId"), business.get("id")),
            cb.equal(business.get("brNumber"), businessBr));
  }

  /** Live factories linked to the business with this BR number. */
  static Specification<Factory> ofBusiness(String businessBr) {
    return (root, q, cb) ->
        cb.and(cb.isNull(root.get("mergedInto")), root.get("id").in(ofBusiness(q, cb, businessBr)));
  }

  private static Predicate eligible(
      Root<Factory> root, CriteriaBuilder cb, Optional<EligibilityRules> rules) {
    if (rules.isEmpty() || rules.get().cities().isEmpty() || rules.get().sectors().isEmpty()) {
      return cb.disjunction();
    }
    return cb.and(
        cb.isTrue(root.get("hkOwned")),
        root.get("city").in(rules.get().cities()),
        root.get("sector").in(rules.get().sectors()));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
