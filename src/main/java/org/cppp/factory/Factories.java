package org.cppp.factory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The factory register's facade. Officers and administrators register and change factories; an
 * applicant sees and keeps up to date only their own (any other reads as not found); QA, EPD and
 * committee members read.
 */
@Service
@Transactional
public class Factories {

  static final String AUDIT_TYPE = "factory";

  private final FactoryRecords records;
  private final Cities cities;
  private final RuleBook ruleBook;
  private final DuplicateFlags duplicates;
  private final AuditTrail audit;
  private final Clock clock;
  private final FactoryVisibility visibility;
  private final OwnBusiness ownBusiness;

  Factories(
      FactoryRecords records,
      Cities cities,
      RuleBook ruleBook,
      DuplicateFlags duplicates,
      AuditTrail audit,
      Clock clock,
      FactoryVisibility visibility,
      OwnBusiness ownBusiness) {
    this.visibility = visibility;
    this.ownBusiness = ownBusiness;
    this.records = records;
    this.cities = cities;
    this.ruleBook = ruleBook;
    this.duplicates = duplicates;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Registers a factory; refuses a malformed or already registered BR number, an unknown city. A
   * Hong Kong-owned factory is linked to the business with its BR number ({@link OwnBusiness}).
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public FactoryView register(FactoryDetails details) {
    String br = FactoryInput.newBrNumber(details.brNumber());
    if (records.existsByBrNumber(br)) {
      throw new RuleViolation("brNumber", "factory.brNumber.taken", br);
    }
    Factory factory =
        new Factory(
            br,
            FactoryInput.profile(details),
            FactoryInput.classification(details, cities, LocalDate.now(clock)));
    records.saveAndFlush(factory);
    audit.record(AUDIT_TYPE, br, "CREATED", factory.snapshot());
    ownBusiness.ensureFor(factory);
    duplicates.refresh(br, factory.classification().city(), factory.profile());
    return factory.view(ruleBook.evaluator(LocalDate.now(clock)).of(factory));
  }

  /**
   * Registers many factories (the demo, an import) in one transaction: all or none. The same
   * checks, audit lines, business links and possible-duplicate pairs as {@link #register} called
   * for each in the list's order (a factory is compared with those registered before it, the list's
   * earlier ones included), written a batch at a time rather than a dozen statements per factory.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public List<FactoryView> registerAll(List<FactoryDetails> details) {
    LocalDate today = LocalDate.now(clock);
    Set<String> brNumbers = new HashSet<>();
    List<Factory> created = new ArrayList<>();
    for (FactoryDetails d : details) {
      String br = FactoryInput.newBrNumber(d.brNumber());
      if (!brNumbers.add(br)) {
        throw new RuleViolation("brNumber", "factory.brNumber.taken", br);
      }
      created.add(
          new Factory(br, FactoryInput.profile(d), FactoryInput.classification(d, cities, today)));
    }
    if (created.isEmpty()) {
      return List.of();
    }
    Set<String> taken = new HashSet<>(records.registeredAmong(brNumbers));
    created.stream()
        .filter(f -> taken.contains(f.brNumber()))
        .findFirst()
        .ifPresent(
            f -> {
              throw new RuleViolation("brNumber", "factory.brNumber.taken", f.brNumber());
            });
    records.saveAll(created);
    records.flush();
    Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
    created.forEach(f -> snapshots.put(f.brNumber(), f.snapshot()));
    audit.recordEach(AUDIT_TYPE, "CREATED", snapshots);
    ownBusiness.ensureForAll(created);
    duplicates.refreshAll(created);
    RuleBook.Evaluator evaluator = ruleBook.evaluator(today);
    return created.stream().map(f -> f.view(evaluator.of(f))).toList();
  }

  /**
   * Changes a factory. The BR number never changes; an applicant may change only their own
   * factory's names, address and contact. A stale {@code version} is refused (409).
   */
  @PreAuthorize(FactoryPolicy.UPDATE)
  public FactoryView update(String brNumber, FactoryDetails details) {
    CurrentUser user = CurrentUser.current();
    Factory factory = visible(brNumber);
    if (!user.mayEditFactory(brNumber)) {
      throw new NotFoundException("Factory", brNumber);
    }
    String br = BrNumbers.clean(details.brNumber());
    if (br != null && !br.equals(brNumber)) {
      throw new RuleViolation("brNumber", "factory.brNumber.immutable");
    }
    if (details.version() != null && details.version() != factory.version()) {
      throw new ObjectOptimisticLockingFailureException(Factory.class, brNumber);
    }
    var before = factory.snapshot();
    Factory.Classification classification =
        FactoryInput.classification(details, cities, factory.classification().registeredOn());
    String locked = FactoryInput.officerOnlyChange(factory.classification(), classification);
    if (locked != null && !user.hasAny(FactoryPolicy.EDITORS)) {
      throw new RuleViolation(locked, "factory.field.officer-only");
    }
    factory.changeProfile(FactoryInput.profile(details));
    factory.reclassify(classification);
    records.flush();
    ownBusiness.ensureFor(factory);
    var changes = Changes.between(before, factory.snapshot());
    if (!changes.isEmpty()) {
      audit.record(AUDIT_TYPE, brNumber, "UPDATED", changes);
      duplicates.refresh(brNumber, classification.city(), factory.profile());
    }
    return factory.view(ruleBook.evaluator(LocalDate.now(clock)).of(factory));
  }

  /** A factory with its eligibility today; not found unless the current user may see it. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public FactoryView get(String brNumber) {
    Factory factory = visible(brNumber);
    return factory.view(ruleBook.evaluator(LocalDate.now(clock)).of(factory));
  }

  /** BR number, names, sector, city and eligibility today, for staff and the factory's owner. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public FactorySummary summary(String brNumber) {
    return get(brNumber).summary();
  }

  /** The current applicant's own factory, if it is registered. */
  @PreAuthorize(FactoryPolicy.OWN)
  @Transactional(readOnly = true)
  public Optional<FactoryView> mine() {
    String br = CurrentUser.current().factoryBr();
    return br == null || !records.existsByBrNumber(br) ? Optional.empty() : Optional.of(get(br));
  }

  /**
   * Factories matching the filters; an applicant's search finds only their own factory and those of
   * the business they are bound to.
   */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public Page<FactoryView> search(FactoryQuery query, Pageable pageable) {
    CurrentUser user = CurrentUser.current();
    String onlyBr = visibility.scope(user);
    LocalDate today = LocalDate.now(clock);
    RuleBook.Evaluator evaluator = ruleBook.evaluator(today);
    return records
        .findAll(FactorySearch.matching(query, ruleBook.inForce(today), onlyBr), pageable)
        .map(f -> f.view(evaluator.of(f)));
  }

  /** Whether the factory is eligible on a date, under the rule set then in force, and why not. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public Eligibility eligibility(String brNumber, LocalDate on) {
    return ruleBook.evaluator(on).of(visible(brNumber));
  }

  /**
   * Every registered factory's sector by BR number, read in one query, for a bulk import to look
   * factories up in memory; empty when more than {@code limit} are registered (the import then asks
   * {@link #exists} and {@link #summary} per factory, as before).
   */
  @PreAuthorize(FactoryPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public Optional<Map<String, Sector>> sectors(int limit) {
    List<Object[]> rows =
        records.brNumbersAndSectors(org.springframework.data.domain.PageRequest.of(0, limit + 1));
    if (rows.size() > limit) {
      return Optional.empty();
    }
    Map<String, Sector> sectors = new HashMap<>(rows.size() * 2);
    rows.forEach(r -> sectors.put((String) r[0], (Sector) r[1]));
    return Optional.of(sectors);
  }

  /** Whether a factory with this BR number is registered. */
  @PreAuthorize(FactoryPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public boolean exists(String brNumber) {
    return brNumber != null && records.existsByBrNumber(brNumber.strip());
  }

  /**
   * Checks a BR number for a new registration: the message key of what is wrong (format, already
   * registered), or empty when it may be registered.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  @Transactional(readOnly = true)
  public Optional<String> checkNewBrNumber(String brNumber) {
    try {
      String br = FactoryInput.newBrNumber(brNumber);
      return records.existsByBrNumber(br)
          ? Optional.of("factory.brNumber.taken")
          : Optional.empty();
    } catch (RuleViolation violation) {
      return Optional.of(violation.messageKey());
    }
  }

  /** How many factories are registered, eligible today, and flagged as possible duplicates. */
  @PreAuthorize(FactoryPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public FactoryFigures figures() {
    LocalDate today = LocalDate.now(clock);
    long eligible =
        records.count(
            FactorySearch.matching(
                new FactoryQuery(null, null, true, null), ruleBook.inForce(today), null));
    return new FactoryFigures(records.count(), eligible, duplicates.count());
  }

  /** The factories that may be the same as this one. */
  @PreAuthorize(FactoryPolicy.WRITE)
  @Transactional(readOnly = true)
  public List<PossibleDuplicate> possibleDuplicates(String brNumber) {
    visible(brNumber);
    RuleBook.Evaluator evaluator = ruleBook.evaluator(LocalDate.now(clock));
    return duplicates.of(brNumber).stream().map(p -> duplicate(p, evaluator)).toList();
  }

  /** Every pair of factories that may be the same, most alike first. */
  @PreAuthorize(FactoryPolicy.WRITE)
  @Transactional(readOnly = true)
  public Page<PossibleDuplicate> possibleDuplicates(Pageable pageable) {
    RuleBook.Evaluator evaluator = ruleBook.evaluator(LocalDate.now(clock));
    List<PossibleDuplicate> content =
        duplicates.all((int) pageable.getOffset(), pageable.getPageSize()).stream()
            .map(p -> duplicate(p, evaluator))
            .toList();
    return new PageImpl<>(content, pageable, duplicates.count());
  }

  /** The cities factories may be in, by English name (public reference data). */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<CityView> cities() {
    return cities.findAll().stream()
        .map(City::view)
        .sorted(java.util.Comparator.comparing(CityView::nameEn))
        .toList();
  }

  private Factory visible(String brNumber) {
    if (brNumber == null || !visibility.maySee(CurrentUser.current(), brNumber)) {
      throw new NotFoundException("Factory", brNumber);
    }
    return records
        .findByBrNumber(brNumber)
        .orElseThrow(() -> new NotFoundException("Factory", brNumber));
  }

  private static PossibleDuplicate duplicate(DuplicateFlags.Pair pair, RuleBook.Evaluator rules) {
    return new PossibleDuplicate(
        summary(pair.first(), rules), summary(pair.second(), rules), pair.basis(), pair.score());
  }

  private static FactorySummary summary(DuplicateFlags.Side side, RuleBook.Evaluator rules) {
    boolean eligible = rules.of(side.hkOwned(), side.city(), side.sector()).eligible();
    return new FactorySummary(
        side.brNumber(), side.nameEn(), side.nameZh(), side.sector(), side.city(), eligible);
  }
}
