package org.cppp.provider;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The staff list's filters as a query: only the filters given narrow it. */
final class ProviderSearch {

  private ProviderSearch() {}

  static Specification<ServiceProvider> of(ProviderQuery query) {
    return (root, criteria, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (query.base() != null) {
        where.add(cb.equal(root.get("base"), query.base()));
      }
      if (query.specialism() != null) {
        where.add(
            cb.isMember(
                query.specialism(), root.<java.util.Collection<Specialism>>get("specialisms")));
      }
      if (query.status() == ProviderStatus.REGISTERED) {
        where.add(cb.isNull(root.get("removedOn")));
      } else if (query.status() == ProviderStatus.REMOVED) {
        where.add(cb.isNotNull(root.get("removedOn")));
      } else if (query.status() == ProviderStatus.FLAGGED) {
        where.add(cb.isNull(root.get("removedOn")));
        where.add(cb.isNotNull(root.get("lapseFlaggedOn")));
      }
      if (query.text() != null && !query.text().isBlank()) {
        String like = "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like),
                cb.like(cb.lower(root.get("name")), like),
                cb.like(cb.lower(root.get("nameZh")), like)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
