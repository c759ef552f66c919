package org.cppp.verification;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification module's facade for cases: the factory, its provider or an officer opens a case
 * for an application's implemented improvement and enters the readings; QA signs the result
 * (freezing inputs, model and factor versions) or returns the case with comments. Every change is
 * audited.
 */
@Service
@Transactional
public class VerificationCases {

  private final Verifiable verifiable;
  private final Cases cases;
  private final CaseLookup lookup;
  private final FundingApplications applications;
  private final ResultSnapshots snapshots;
  private final Signatures signatures;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Technologies technologies;
  private final Clock clock;

  VerificationCases(
      Verifiable verifiable,
      Cases cases,
      CaseLookup lookup,
      FundingApplications applications,
      ResultSnapshots snapshots,
      Signatures signatures,
      AuditTrail audit,
      MessageSource messages,
      ApplicationEventPublisher events,
      Technologies technologies,
      Clock clock) {
    this.verifiable = verifiable;
    this.technologies = technologies;
    this.cases = cases;
    this.lookup = lookup;
    this.applications = applications;
    this.snapshots = snapshots;
    this.signatures = signatures;
    this.audit = audit;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens a case for an application the current user may see: a demonstration project or
   * verification approved or under way, or a completed on-site assessment (a measure implemented
   * after it). One case per application.
   */
  @PreAuthorize(VerificationPolicy.ENTER)
  public CaseView open(NewCase input) {
    CaseOpening.check(input, DateInput.on(clock));
    ApplicationView application = applications.get(input.application().strip());
    if (!verifiable.of(application)) {
      throw new RuleViolation(
          "application", "verification.application.ineligible", application.reference());
    }
    if (cases.existsByApplicationRef(application.reference())) {
      throw new StateConflict("verification.application.has-case", application.reference());
    }
    VerificationCase c =
        new VerificationCase(
            input,
            ApplicationFacts.of(application),
            CaseOpening.measures(input, application, technologies::checked),
            CurrentUser.current().username());
    cases.save(c);
    audit.record(CaseLookup.AUDIT_TYPE, String.valueOf(c.id()), "OPENED", c.snapshot());
    return c.view();
  }

  /** A case, if the current user may see it. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public CaseView get(long id) {
    return lookup.visible(id).view();
  }

  /** What the current user may do on the case now (the buttons its page offers). */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public CaseActions actions(long id) {
    return CaseAccess.actions(lookup.scope(), lookup.visible(id));
  }

  /**
   * Whether the current user may open cases and enter readings (the factory, the provider, staff).
   */
  @PreAuthorize(VerificationPolicy.READ)
  public boolean mayOpen() {
    return CaseAccess.mayEnter(CurrentUser.current());
  }

  /** The case of an application, if there is one the current user may see. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public Optional<CaseView> ofApplication(String reference) {
    CaseAccess.Scope scope = lookup.scope();
    return cases
        .findByApplicationRef(reference)
        .filter(c -> CaseAccess.maySee(scope, c))
        .map(VerificationCase::view);
  }

  /** The cases the current user may see, newest first, optionally in one status. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public Page<CaseView> search(CaseStatus status, Pageable pageable) {
    CaseAccess.Scope scope = lookup.scope();
    return cases
        .visibleTo(scope.all(), scope.factoryBrs(), scope.providerCode(), status, pageable)
        .map(VerificationCase::view);
  }

  /** A case's readings and variable values as they stand (or as frozen when signed). */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public CaseInputs inputs(long id) {
    return lookup.visible(id).inputs();
  }

  /**
   * Replaces all readings and variable values from a table (header {@code
   * from,to,<CARRIERS>,<variables>}, one row per period): every mistake with its row and column and
   * nothing saved, or all saved.
   *
   * @param delimiter {@code ','} (CSV) or {@code '\t'} (pasted from a spreadsheet)
   */
  @PreAuthorize(VerificationPolicy.ENTER)
  public ReadingsResult replaceReadings(long id, Reader table, char delimiter) {
    VerificationCase c = CaseAccess.enterable(lookup.scope(), lookup.find(id));
    c.requireEditable();
    ReadingsTable.Parsed parsed =
        ReadingsTable.parse(table, delimiter, c.view(), DateInput.on(clock), this::text);
    if (!parsed.errors().isEmpty()) {
      return new ReadingsResult(0, parsed.errors());
    }
    c.replaceInputs(parsed.carriers(), parsed.readings(), parsed.values());
    audit.record(
        CaseLookup.AUDIT_TYPE,
        String.valueOf(id),
        "READINGS_REPLACED",
        Map.of("periods", parsed.periods(), "carriers", parsed.carriers().toString()));
    return new ReadingsResult(parsed.periods(), List.of());
  }

  /** What a pasted table would save, or its mistakes; saves nothing. */
  @PreAuthorize(VerificationPolicy.ENTER)
  @Transactional(readOnly = true)
  public ReadingsPreview preview(long id, Reader table, char delimiter) {
    VerificationCase c = CaseAccess.enterable(lookup.scope(), lookup.find(id));
    ReadingsTable.Parsed p =
        ReadingsTable.parse(table, delimiter, c.view(), DateInput.on(clock), this::text);
    return new ReadingsPreview(p.carriers(), p.readings(), p.values(), p.periods(), p.errors());
  }

  /** The factory or provider says the readings are complete; QA reviews them next. */
  @PreAuthorize(VerificationPolicy.ENTER)
  public CaseView submit(long id) {
    VerificationCase c = CaseAccess.enterable(lookup.scope(), lookup.find(id));
    c.submit();
    audit.record(CaseLookup.AUDIT_TYPE, String.valueOf(id), "SUBMITTED", Map.of());
    return c.view();
  }

  /** QA (or an officer) returns the case with comments; the readings may be corrected again. */
  @PreAuthorize(VerificationPolicy.REVIEW)
  public CaseView returnCase(long id, String comments) {
    if (comments == null || comments.isBlank() || comments.length() > 4000) {
      throw new RuleViolation("comments", "verification.comments.required");
    }
    VerificationCase c = CaseAccess.reviewable(lookup.scope(), lookup.find(id));
    c.returnWithComments(comments);
    audit.record(
        CaseLookup.AUDIT_TYPE, String.valueOf(id), "RETURNED", Map.of("comments", comments));
    return c.view();
  }

  /**
   * QA signs the result: the result is computed with the factors and tariffs in force and frozen,
   * with its inputs, as the case's first snapshot; the factory and the provider are told.
   */
  @PreAuthorize(VerificationPolicy.SIGN)
  public SnapshotView sign(long id) {
    VerificationCase c = CaseAccess.signable(lookup.scope(), lookup.find(id));
    signatures.sign(c, CurrentUser.current().username(), LocalDate.now(clock), "SIGNED");
    events.publishEvent(
        new VerificationSigned(
            id, c.applicationRef(), c.factoryBr(), c.providerCode(), c.signedOn()));
    return snapshots.asAt(id, LocalDate.now(clock)).orElseThrow();
  }

  private String text(String key, Object[] args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
