package org.cppp.factory;

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

  private Business register(Factory factory) {
    Factory.Profile profile = factory.profile();
    Business business =
        businesses.save(
            new Business(
                factory.brNumber(),
                profile.nameEn(),
                profile.nameZh(),
                ApplicantKind.HK_BUSINESS,
                false,
                null,
                factory.classification().registeredOn()));
    audit.record(Businesses.AUDIT_TYPE, factory.brNumber(), "CREATED", business.snapshot());
    return business;
  }
}
