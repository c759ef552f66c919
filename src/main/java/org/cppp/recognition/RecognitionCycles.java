package org.cppp.recognition;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognition scheme's cycles: categories and grades (data), creating a cycle and moving it
 * through its statuses, the public list of recognised partners, and the figures for the annual
 * report.
 */
@Service
@Transactional
public class RecognitionCycles {

  static final String AUDIT_TYPE = "recognition-cycle";

  private final Cycles cycles;
  private final Categories categories;
  private final Grades grades;
  private final Nominations nominations;
  private final AuditTrail audit;

  RecognitionCycles(
      Cycles cycles,
      Categories categories,
      Grades grades,
      Nominations nominations,
      AuditTrail audit) {
    this.cycles = cycles;
    this.categories = categories;
    this.grades = grades;
    this.nominations = nominations;
    this.audit = audit;
  }

  /** Every category, in display order. Public. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<CategoryView> categories() {
    return categories.findAllByOrderBySortOrderAscCodeAsc().stream()
        .map(RecognitionCategory::view)
        .toList();
  }

  /** Every grade, in display order. Public. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<GradeView> grades() {
    return grades.findAllByOrderBySortOrderAscCodeAsc().stream()
        .map(RecognitionGrade::view)
        .toList();
  }

  /** Creates a cycle in DRAFT; refuses a year that has one, unknown or not-yet-effective grades. */
  @PreAuthorize(RecognitionPolicy.EDIT)
  public CycleView create(NewCycle cycle) {
    if (cycles.existsByYear(cycle.year())) {
      throw new RuleViolation("year", "recognition.cycle.year-taken", cycle.year());
    }
    RecognitionCycle created =
        new RecognitionCycle(
            cycle.year(),
            cycle.title(),
            cycle.nominationsOpen(),
            cycle.nominationsClose(),
            categoriesOf(cycle.categories()),
            gradesOf(cycle.grades(), cycle.year()));
    cycles.save(created);
    audit.record(AUDIT_TYPE, key(cycle.year()), "CREATED", created.snapshot());
    return created.view();
  }

  /** Moves a cycle one step on (open, close for assessment, publish); refuses any other step. */
  @PreAuthorize(RecognitionPolicy.EDIT)
  public CycleView transition(int year, CycleAction action) {
    RecognitionCycle cycle = find(year);
    Map<String, Object> before = cycle.snapshot();
    cycle.apply(action);
    audit.record(AUDIT_TYPE, key(year), action.name(), Changes.between(before, cycle.snapshot()));
    return cycle.view();
  }

  /** One cycle, for staff. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public CycleView get(int year) {
    return find(year).view();
  }

  /** Cycles, newest first, for staff. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public Page<CycleView> list(Pageable pageable) {
    return cycles.newestFirst(pageable).map(RecognitionCycle::view);
  }

  /** Cycles not yet published, for the dashboard. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public long countInProgress() {
    return cycles.countByStatusNot(CycleStatus.RESULTS_PUBLISHED);
  }

  /** Years whose results are published, newest first. Public. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<Integer> publishedYears() {
    return cycles.published().stream().map(RecognitionCycle::year).toList();
  }

  /**
   * A published cycle's recognised partners by category: names and grades only. Public; a cycle not
   * published reads as not found.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public PublishedResults publishedResults(int year) {
    RecognitionCycle cycle = find(year);
    if (cycle.status() != CycleStatus.RESULTS_PUBLISHED) {
      throw new NotFoundException("Published recognition results", year);
    }
    Map<String, GradeView> gradeViews = new LinkedHashMap<>();
    grades().forEach(g -> gradeViews.put(g.code(), g));
    List<Nomination> recognised = nominations.recognised(cycle.id());
    List<PublishedResults.CategoryGroup> groups =
        categories().stream()
            .filter(c -> cycle.view().categories().contains(c.code()))
            .map(
                c ->
                    new PublishedResults.CategoryGroup(
                        c,
                        recognised.stream()
                            .filter(n -> n.category().equals(c.code()))
                            .map(
                                n ->
                                    new RecognisedPartner(
                                        n.id(),
                                        year,
                                        n.nameEn(),
                                        n.nameZh(),
                                        c,
                                        gradeViews.get(n.grade())))
                            .toList()))
            .toList();
    return new PublishedResults(year, cycle.view().title(), groups);
  }

  /**
   * How many were recognised in a cycle year, per category of the cycle (for the annual report).
   */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public RecognitionFigures figures(int year) {
    RecognitionCycle cycle = find(year);
    Map<String, Long> perCategory = new LinkedHashMap<>();
    categories().stream()
        .map(CategoryView::code)
        .filter(cycle.view().categories()::contains)
        .forEach(code -> perCategory.put(code, 0L));
    for (Object[] row : nominations.recognisedPerCategory(cycle.id())) {
      perCategory.put((String) row[0], (Long) row[1]);
    }
    return new RecognitionFigures(
        year, cycle.status() == CycleStatus.RESULTS_PUBLISHED, perCategory);
  }

  RecognitionCycle find(int year) {
    return cycles.findByYear(year).orElseThrow(() -> new NotFoundException("Cycle", year));
  }

  static String key(int year) {
    return Integer.toString(year);
  }

  private Set<String> categoriesOf(List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      return new LinkedHashSet<>(categories().stream().map(CategoryView::code).toList());
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : requested) {
      if (!categories.existsById(code)) {
        throw new RuleViolation("categories", "recognition.category.unknown", code);
      }
      codes.add(code);
    }
    return codes;
  }

  private Set<String> gradesOf(List<String> requested, int year) {
    List<RecognitionGrade> all = grades.findAllByOrderBySortOrderAscCodeAsc();
    if (requested == null || requested.isEmpty()) {
      return new LinkedHashSet<>(
          all.stream().filter(g -> g.effectiveIn(year)).map(RecognitionGrade::code).toList());
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : requested) {
      RecognitionGrade grade =
          all.stream()
              .filter(g -> g.code().equals(code))
              .findFirst()
              .orElseThrow(() -> new RuleViolation("grades", "recognition.grade.unknown", code));
      if (!grade.effectiveIn(year)) {
        throw new RuleViolation("grades", "recognition.grade.not-effective", code, year);
      }
      codes.add(code);
    }
    return codes;
  }
}
