package org.cppp.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * One page of the applications list: the page's rows in the asked order, and a count that reads at
 * most {@link #COUNTED_AHEAD} rows past the page (an exact count over a million rows per page is
 * what made the list slow), so the database reads a bounded number of rows per request.
 */
@Component
class ApplicationList {

  /** How many matching rows past the page are counted before the total says "more than". */
  static final int COUNTED_AHEAD = 1_000;

  private final EntityManager entities;

  ApplicationList(EntityManager entities) {
    this.entities = entities;
  }

  BoundedPage<FundingApplication> page(Specification<FundingApplication> spec, Pageable pageable) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<FundingApplication> rows = cb.createQuery(FundingApplication.class);
    Root<FundingApplication> root = rows.from(FundingApplication.class);
    rows.select(root)
        .where(spec.toPredicate(root, rows, cb))
        .orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
    if (pageable.isUnpaged()) {
      List<FundingApplication> all = entities.createQuery(rows).getResultList();
      return new BoundedPage<>(all, pageable, all.size(), false);
    }
    List<FundingApplication> content =
        entities
            .createQuery(rows)
            .setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList();
    if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
      return new BoundedPage<>(content, pageable, content.size(), false);
    }
    int limit = (int) pageable.getOffset() + pageable.getPageSize() + COUNTED_AHEAD;
    CriteriaQuery<Long> ids = cb.createQuery(Long.class);
    Root<FundingApplication> counted = ids.from(FundingApplication.class);
    ids.select(counted.get("id")).where(spec.toPredicate(counted, ids, cb));
    int found = entities.createQuery(ids).setMaxResults(limit + 1).getResultList().size();
    return new BoundedPage<>(content, pageable, Math.min(found, limit), found > limit);
  }
}
