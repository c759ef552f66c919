package org.cppp.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations of a recognition cycle: submitted by officers (or by the public while a cycle is
 * open), assessed by officers, entered in bulk for past cycles, and certificates for the
 * recognised.
 */
@Service
@Transactional
public class RecognitionNominations {

  static final String AUDIT_TYPE = "nomination";
  private final Cycles cycles;
  private final Nominations nominations;
  private final Grades grades;
  private final Certificates certificates;
  private final AuditTrail audit;
  private final Clock clock;

  RecognitionNominations(
      Cycles cycles,
      Nominations nominations,
      Grades grades,
      Certificates certificates,
      AuditTrail audit,
      Clock clock) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.grades = grades;
    this.certificates = certificates;
    this.audit = audit;
    this.clock = clock;
  }

  /** An officer submits a nomination on the nominee's behalf (until results are published). */
  @PreAuthorize(RecognitionPolicy.EDIT)
  public NominationView nominate(int year, NewNomination nomination) {
    return save(cycle(year), nomination, Nomination.Source.OFFICER);
  }

  /** Anyone nominates through the public form, only while the cycle is open for nominations. */
  @PreAuthorize("permitAll()")
  public NominationView nominatePublicly(int year, NewNomination nomination) {
    RecognitionCycle cycle = cycle(year);
    if (!cycle.openForPublicOn(LocalDate.now(clock))) {
      throw new NotFoundException("Open recognition cycle", year);
    }
    return save(cycle, nomination, Nomination.Source.PUBLIC);
  }

  /** Records an officer's score, comments and outcome; only while the cycle is under assessment. */
  @PreAuthorize(RecognitionPolicy.EDIT)
  public NominationView assess(int year, long id, Assessment assessment) {
    RecognitionCycle cycle = cycle(year);
    Nomination nomination = find(cycle, id);
    Map<String, Object> before = nomination.snapshot();
    nomination.assess(cycle, assessment, CurrentUser.current().username());
    audit.record(AUDIT_TYPE, key(id), "ASSESSED", Changes.between(before, nomination.snapshot()));
    return nomination.view(year);
  }

  /**
   * Adds many recognised names at once (lines {@code name, category[, grade]}), e.g. for a past
   * cycle; the grade defaults to the cycle's first grade. All lines or none are saved.
   *
   * @return how many were added
   */
  @PreAuthorize(RecognitionPolicy.EDIT)
  public int addRecognised(int year, String lines) {
    RecognitionCycle cycle = cycle(year);
    cycle.checkAcceptsNominations();
    CycleView view = cycle.view();
    List<BulkLines.Line> parsed =
        BulkLines.parse(lines, Set.copyOf(view.categories()), Set.copyOf(view.grades()));
    String defaultGrade = firstGrade(view);
    String officer = CurrentUser.current().username();
    for (BulkLines.Line line : parsed) {
      NewNomination n =
          new NewNomination(line.name(), null, line.category(), null, null, null, null, null, null);
      Nomination nomination = new Nomination(cycle, n, Nomination.Source.BULK, officer);
      nomination.recogniseAsEntered(
          cycle, line.grade() == null ? defaultGrade : line.grade(), officer);
      nominations.save(nomination);
      audit.record(AUDIT_TYPE, key(nomination.id()), "RECOGNISED_IN_BULK", nomination.snapshot());
    }
    return parsed.size();
  }

  /** One nomination with its contact, evidence and assessment, for staff. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public NominationView get(int year, long id) {
    return find(cycle(year), id).view(year);
  }

  /** A cycle's nominations, filtered, for staff. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public Page<NominationView> search(int year, NominationFilter filter, Pageable pageable) {
    RecognitionCycle cycle = cycle(year);
    String text = filter.text() == null ? "" : filter.text().trim().toLowerCase(Locale.ROOT);
    String category =
        filter.category() == null || filter.category().isBlank() ? null : filter.category();
    return nominations
        .search(cycle.id(), "%" + text + "%", category, filter.outcome(), pageable)
        .map(n -> n.view(year));
  }

  /** Nominations waiting for assessment in all cycles, for the dashboard. */
  @PreAuthorize(RecognitionPolicy.READ)
  @Transactional(readOnly = true)
  public long countPending() {
    return nominations.countByOutcome(Outcome.PENDING);
  }

  /**
   * A recognised nominee's certificate as PDF, in English and Chinese (Traditional, or Simplified
   * for {@code zh-CN}). Staff get any recognised nominee's; the public only those of published
   * cycles. Anything else reads as not found.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public byte[] certificate(int year, long id, Locale locale) {
    RecognitionCycle cycle = cycle(year);
    Nomination nomination = find(cycle, id);
    boolean visible =
        cycle.status() == CycleStatus.RESULTS_PUBLISHED || CurrentUser.current().seesAllFactories();
    if (!nomination.recognised() || !visible) {
      throw new NotFoundException("Certificate", id);
    }
    return certificates.render(year, nomination, locale);
  }

  private NominationView save(
      RecognitionCycle cycle, NewNomination nomination, Nomination.Source source) {
    Nomination created =
        new Nomination(cycle, nomination, source, CurrentUser.current().username());
    nominations.save(created);
    audit.record(AUDIT_TYPE, key(created.id()), "SUBMITTED", created.snapshot());
    return created.view(cycle.year());
  }

  private String firstGrade(CycleView cycle) {
    Map<String, Integer> order =
        grades.findAllByOrderBySortOrderAscCodeAsc().stream()
            .collect(Collectors.toMap(RecognitionGrade::code, g -> g.view().order()));
    return cycle.grades().stream()
        .min((a, b) -> Integer.compare(order.getOrDefault(a, 0), order.getOrDefault(b, 0)))
        .orElseThrow(() -> new RuleViolation("grade", "recognition.cycle.no-grades"));
  }

  private RecognitionCycle cycle(int year) {
    return cycles.findByYear(year).orElseThrow(() -> new NotFoundException("Cycle", year));
  }

  private Nomination find(RecognitionCycle cycle, long id) {
    return nominations
        .findByIdAndCycleId(id, cycle.id())
        .orElseThrow(() -> new NotFoundException("Nomination", id));
  }

  static String key(long id) {
    return Long.toString(id);
  }
}
