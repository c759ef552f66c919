package org.cppp.factory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicants: Hong Kong businesses (Cap. 310), workshops and trade associations, and each
 * factory's link to its business with the evidence officers check. Officers register and link; a
 * user bound to a business sees it and all its factories; staff read.
 */
@Service
@Transactional
public class Businesses {

  static final String AUDIT_TYPE = "business";

  /** The longest reason for an unlinking the audit trail keeps. */
  static final int REASON_MAX = 500;

  private final BusinessRecords businesses;
  private final FactoryLinks links;
  private final FactoryRecords factories;
  private final FactoryVisibility visibility;
  private final AuditTrail audit;
  private final Clock clock;
  private final RuleBook ruleBook;

  Businesses(
      BusinessRecords businesses,
      FactoryLinks links,
      FactoryRecords factories,
      FactoryVisibility visibility,
      AuditTrail audit,
      Clock clock,
      RuleBook ruleBook) {
    this.ruleBook = ruleBook;
    this.businesses = businesses;
    this.links = links;
    this.factories = factories;
    this.visibility = visibility;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Registers a business or association; refuses a malformed or taken BR number, an association not
   * non-profit (field {@code nonProfit}), a workshop without its polluting processes.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public BusinessView register(BusinessDetails details) {
    String br = FactoryInput.newBrNumber(details.brNumber());
    if (businesses.existsByBrNumber(br)) {
      throw new RuleViolation("brNumber", "business.brNumber.taken", br);
    }
    Business business = BusinessInput.business(br, details, LocalDate.now(clock));
    businesses.saveAndFlush(business);
    audit.record(AUDIT_TYPE, br, "CREATED", business.snapshot());
    return business.view(0);
  }

  /** A business with its number of factories; not found unless the user may see it. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public BusinessView get(String brNumber) {
    Business business = visible(brNumber);
    return business.view(links.countByBusinessId(business.id()));
  }

  /** The businesses of one kind (or all), by BR number, for staff. */
  @PreAuthorize(FactoryPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public Page<BusinessView> list(ApplicantKind kind, Pageable pageable) {
    Page<Business> page =
        kind == null ? businesses.findAll(pageable) : businesses.findByKind(kind, pageable);
    return page.map(b -> b.view(links.countByBusinessId(b.id())));
  }

  /** The live factories linked to a business, with their eligibility flag. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public Page<FactorySummary> factories(String brNumber, Pageable pageable) {
    visible(brNumber);
    RuleBook.Evaluator rules = ruleBook.evaluator(LocalDate.now(clock));
    return factories
        .findAll(FactorySearch.ofBusiness(brNumber), pageable)
        .map(f -> f.view(rules.of(f)).summary());
  }

  /**
   * Links a factory to a business (or moves its link), which makes it Hong Kong-owned; refuses an
   * association (it has no factories). Audited on the factory and the business.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public FactoryLinkView link(String businessBr, String factoryBr, LinkRequest request) {
    Business business = found(businessBr);
    if (business.kind() == ApplicantKind.TRADE_ASSOCIATION) {
      throw new RuleViolation("businessBr", "business.association.no-factories");
    }
    Factory factory = factory(factoryBr);
    LocalDate on = request.linkedOn() == null ? LocalDate.now(clock) : request.linkedOn();
    FactoryLink link = links.lock(factory.id()).orElse(null);
    if (link == null) {
      link = new FactoryLink(factory.id(), business.id(), request.kind(), on);
    } else {
      link.relink(business.id(), request.kind(), on);
    }
    for (String title : BusinessInput.evidence(request.evidence())) {
      link.addEvidence(title);
    }
    links.saveAndFlush(link);
    factory.linkedToHongKongBusiness();
    Map<String, Object> changes =
        Map.of("business", businessBr, "kind", request.kind().name(), "linkedOn", on.toString());
    audit.record(Factories.AUDIT_TYPE, factoryBr, "LINKED", changes);
    audit.record(AUDIT_TYPE, businessBr, "FACTORY_LINKED", Map.of("factory", factoryBr));
    return link.view(factoryBr, businessBr);
  }

  /**
   * Unlinks a factory from its business, for the reason given (field {@code reason}, at most
   * {@value #REASON_MAX} characters): the business's users no longer see it or its records, and it
   * no longer counts as Hong Kong-owned until linked again. Audited on the factory and the
   * business.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public void unlink(String factoryBr, String reason) {
    String why = reason(reason);
    Factory factory = factory(factoryBr);
    FactoryLink link =
        links.lock(factory.id()).orElseThrow(() -> new NotFoundException("Link of", factoryBr));
    String businessBr = businesses.findById(link.businessId()).orElseThrow().brNumber();
    links.delete(link);
    links.flush();
    factory.unlinkedFromHongKongBusiness();
    audit.record(
        Factories.AUDIT_TYPE, factoryBr, "UNLINKED", Map.of("business", businessBr, "reason", why));
    audit.record(
        AUDIT_TYPE, businessBr, "FACTORY_UNLINKED", Map.of("factory", factoryBr, "reason", why));
  }

  /** A factory's link to its business, if it has one; not found unless the user may see it. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public Optional<FactoryLinkView> linkOf(String factoryBr) {
    Factory factory = factory(factoryBr);
    if (!visibility.maySee(CurrentUser.current(), factoryBr)) {
      throw new NotFoundException("Factory", factoryBr);
    }
    return links
        .findById(factory.id())
        .map(l -> l.view(factoryBr, businesses.findById(l.businessId()).orElseThrow().brNumber()));
  }

  /** Marks evidence document {@code number} (from 1) of a factory's link checked; audited. */
  @PreAuthorize(FactoryPolicy.WRITE)
  public FactoryLinkView checkEvidence(String factoryBr, int number) {
    Factory factory = factory(factoryBr);
    FactoryLink link =
        links.lock(factory.id()).orElseThrow(() -> new NotFoundException("Link of", factoryBr));
    String officer = CurrentUser.current().username();
    link.check(number, officer, LocalDate.now(clock));
    links.flush();
    audit.record(Factories.AUDIT_TYPE, factoryBr, "EVIDENCE_CHECKED", Map.of("number", number));
    return link.view(factoryBr, businesses.findById(link.businessId()).orElseThrow().brNumber());
  }

  /**
   * The kind of applicant behind a BR number: the kind of the business the factory with it is
   * linked to, else of the business with it; empty when neither (a factory not linked to a Hong
   * Kong business) and for a BR number the current user may not see. Screening checks it against a
   * scheme's allowed applicants.
   */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public Optional<ApplicantKind> applicantKind(String brNumber) {
    CurrentUser user = CurrentUser.current();
    if (brNumber == null
        || !(visibility.maySee(user, brNumber) || visibility.maySeeBusiness(user, brNumber))) {
      return Optional.empty();
    }
    Optional<ApplicantKind> ofFactory = links.kindOfFactory(brNumber);
    return ofFactory.isPresent()
        ? ofFactory
        : businesses.findByBrNumber(brNumber).map(Business::kind);
  }

  /**
   * The BR numbers of the factories the current user acts for as an applicant: the factory they are
   * bound to and, when bound to a business, every live factory linked to it, by BR number (bounded,
   * one query); empty for staff and providers, whose share other rules give. Other modules keep a
   * factory's records to these. Asked for every user (it answers only about them).
   */
  @Transactional(readOnly = true)
  public List<String> actingFor() {
    return visibility.actingFor(CurrentUser.current());
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "business.unlink.reason.required");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw new RuleViolation("reason", "business.unlink.reason.too-long", REASON_MAX);
    }
    return reason.strip();
  }

  private Business visible(String brNumber) {
    if (brNumber == null || !visibility.maySeeBusiness(CurrentUser.current(), brNumber)) {
      throw new NotFoundException("Business", brNumber);
    }
    return found(brNumber);
  }

  private Business found(String brNumber) {
    return businesses
        .findByBrNumber(String.valueOf(brNumber))
        .orElseThrow(() -> new NotFoundException("Business", brNumber));
  }

  private Factory factory(String factoryBr) {
    return factories
        .findByBrNumber(String.valueOf(factoryBr))
        .orElseThrow(() -> new NotFoundException("Factory", factoryBr));
  }
}
