package org.cppp.factory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.ApplicantKind;
import org.springframework.stereotype.Component;

/**
 * The rule V116 applied to the factories registered before it, kept for every later one: a Hong
 * Kong-owned factory not yet linked to a business is linked to the business with its own BR number
 * (registered from its names when there is none) as Hong Kong-resident ownership, from its
 * registration date, with no evidence yet.
 */
@Component
class OwnBusiness {

  private final BusinessRecords businesses;
  private final FactoryLinks links;
  private final AuditTrail audit;

  OwnBusiness(BusinessRecords businesses, FactoryLinks links, AuditTrail audit) {
    this.businesses = businesses;
    this.links = links;
    this.audit = audit;
  }

  void ensureFor(Factory factory) {
    Factory.Classification classification = factory.classification();
    if (!classification.hkOwned() || links.existsById(factory.id())) {
      return;
    }
    Business business =
        businesses.findByBrNumber(factory.brNumber()).orElseGet(() -> register(factory));
    links.save(
        new FactoryLink(
            factory.id(),
            business.id(),
            LinkKind.HK_RESIDENT_OWNERSHIP,
            classification.registeredOn()));
  }

  /**
   * {@link #ensureFor} for many factories at once (a bulk registration): the links, businesses and
   * audit lines it would write for each, in a few statements.
   */
  void ensureForAll(List<Factory> factories) {
    List<Factory> owned = factories.stream().filter(f -> f.classification().hkOwned()).toList();
    if (owned.isEmpty()) {
      return;
    }
    Set<Long> linked = new HashSet<>();
    links
        .findAllById(owned.stream().map(Factory::id).toList())
        .forEach(l -> linked.add(l.factoryId()));
    List<Factory> unlinked = owned.stream().filter(f -> !linked.contains(f.id())).toList();
    Map<String, Business> byBr = new HashMap<>();
    businesses
        .findByBrNumberIn(unlinked.stream().map(Factory::brNumber).toList())
        .forEach(b -> byBr.put(b.brNumber(), b));
    List<Business> created = new ArrayList<>();
    for (Factory factory : unlinked) {
      byBr.computeIfAbsent(
          factory.brNumber(),
          br -> {
            Business business = newBusiness(factory);
            created.add(business);
            return business;
          });
    }
    businesses.saveAll(created);
    businesses.flush();
    Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
    created.forEach(b -> snapshots.put(b.brNumber(), b.snapshot()));
    audit.recordEach(Businesses.AUDIT_TYPE, "CREATED", snapshots);
    links.saveAll(
        unlinked.stream()
            .map(
                f ->
                    new FactoryLink(
                        f.id(),
                        byBr.get(f.brNumber()).id(),
                        LinkKind.HK_RESIDENT_OWNERSHIP,
                        f.classification().registeredOn()))
            .toList());
  }

  private Business register(Factory factory) {
    Business business = businesses.save(newBusiness(factory));
    audit.record(Businesses.AUDIT_TYPE, factory.brNumber(), "CREATED", business.snapshot());
    return business;
  }

  private static Business newBusiness(Factory factory) {
    Factory.Profile profile = factory.profile();
    return new Business(
        factory.brNumber(),
        profile.nameEn(),
        profile.nameZh(),
        ApplicantKind.HK_BUSINESS,
        false,
        null,
        factory.classification().registeredOn());
  }
}
