package org.cppp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery of approved work: the factory and the ET provider the application names hand in
 * their scheme's deliverables (checked, size-limited files, as supporting documents are); QA
 * accepts each or returns it with comments, and its uploader replaces the file. Only those who may
 * see the application see them (others: not found). Every step is audited, in the activity feed and
 * on the application's timeline, and mailed ({@link DeliverableChanged}).
 */
@Service
@Transactional
public class ApplicationDeliverables {

  /** Deliverables of one application, at most. */
  static final int MAX_PER_APPLICATION = 100;

  private final DeliverableRepository deliverables;
  private final DeliverableFiles files;
  private final CompletionGate completion;
  private final AuditTrail audit;
  private final ActivityFeed feed;
  private final Visibility visibility;
  private final Clock clock;
  private final Initiatives initiatives;

  ApplicationDeliverables(
      DeliverableRepository deliverables,
      DeliverableFiles files,
      CompletionGate completion,
      AuditTrail audit,
      ActivityFeed feed,
      Visibility visibility,
      Clock clock,
      Initiatives initiatives) {
    this.deliverables = deliverables;
    this.files = files;
    this.completion = completion;
    this.audit = audit;
    this.feed = feed;
    this.visibility = visibility;
    this.clock = clock;
    this.initiatives = initiatives;
  }

  /** The deliverables of an application the current user may see, oldest first. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public List<DeliverableView> of(String reference) {
    FundingApplication application = visibility.of(reference);
    return deliverables.findByApplicationIdOrderByIdAsc(application.id()).stream()
        .map(d -> d.view(reference))
        .toList();
  }

  /** The deliverables and what the current user may do with them now (the page's section). */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public DeliveryView delivery(String reference) {
    FundingApplication application = visibility.of(reference);
    ApplicationPolicy.Scope scope = visibility.scope();
    boolean open = DeliveryAccess.OPEN.contains(application.status());
    List<Deliverable> all = deliverables.findByApplicationIdOrderByIdAsc(application.id());
    Set<Long> replaceable =
        all.stream()
            .filter(d -> open && d.status().replaceable())
            .filter(d -> DeliveryAccess.mayReplace(scope, application, d))
            .map(Deliverable::id)
            .collect(Collectors.toSet());
    boolean uploader = open && DeliveryAccess.partyOf(scope, application).isPresent();
    return new DeliveryView(
        all.stream().map(d -> d.view(reference)).toList(),
        uploader ? DeliverableKind.of(initiatives.of(application)) : List.of(),
        replaceable,
        open && DeliveryAccess.mayReview(scope.user()),
        completion.of(application));
  }

  /**
   * Hands in a deliverable of the application's scheme: the factory's users, the named provider's,
   * or officers on their behalf, once the work is approved and until it is closed. The file must be
   * what its name says (PDF, image or office file) and at most 10 MB (field {@code file}).
   */
  @PreAuthorize(ApplicationPolicy.UPLOAD)
  public DeliverableView upload(
      String reference, DeliverableKind kind, String filename, byte[] content) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    DeliveryParty party = DeliveryAccess.requireUploader(scope, application);
    requireOpen(application);
    if (kind == null) {
      throw new RuleViolation("kind", "deliverable.kind.required");
    }
    if (!kind.belongsTo(initiatives.of(application))) {
      throw new RuleViolation("kind", "deliverable.kind.scheme", kind, application.scheme());
    }
    if (deliverables.countByApplicationId(application.id()) >= MAX_PER_APPLICATION) {
      throw new RuleViolation("file", "deliverable.too-many", MAX_PER_APPLICATION);
    }
    FileTypes.Checked file = FileTypes.check(filename, content);
    Deliverable deliverable =
        deliverables.save(
            new Deliverable(application, kind, party, file, user.username(), LocalDate.now(clock)));
    files.store(deliverable, file);
    return done(application, deliverable, DeliverableAction.UPLOADED, fileChanges(file));
  }

  /**
   * Replaces a deliverable's file (after QA returned it, or before QA reviewed it): its own party,
   * or officers; QA reviews the new revision. Earlier revisions are kept.
   */
  @PreAuthorize(ApplicationPolicy.UPLOAD)
  public DeliverableView replace(String reference, long id, String filename, byte[] content) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    Deliverable deliverable = find(application, id);
    DeliveryAccess.requireReplacer(scope, application, deliverable);
    requireOpen(application);
    FileTypes.Checked file = FileTypes.check(filename, content);
    deliverable.replace(application, file, user.username(), LocalDate.now(clock));
    deliverables.save(deliverable);
    files.store(deliverable, file);
    return done(application, deliverable, DeliverableAction.REPLACED, fileChanges(file));
  }

  /** QA accepts a submitted deliverable (field {@code note}: optional, up to 4,000 characters). */
  @PreAuthorize(ApplicationPolicy.READ)
  public DeliverableView accept(String reference, long id, String note) {
    FundingApplication application = reviewable(reference);
    Deliverable deliverable = find(application, id);
    deliverable.accept(application, note, CurrentUser.current().username(), LocalDate.now(clock));
    deliverables.save(deliverable);
    return done(application, deliverable, DeliverableAction.ACCEPTED, Map.of());
  }

  /**
   * QA returns a submitted deliverable with comments (field {@code comments}: required, up to 4,000
   * characters), which its uploader sees before replacing the file.
   */
  @PreAuthorize(ApplicationPolicy.READ)
  public DeliverableView returnWithComments(String reference, long id, String comments) {
    FundingApplication application = reviewable(reference);
    Deliverable deliverable = find(application, id);
    deliverable.returnWithComments(
        application, comments, CurrentUser.current().username(), LocalDate.now(clock));
    deliverables.save(deliverable);
    return done(
        application, deliverable, DeliverableAction.RETURNED, Map.of("comments", comments.strip()));
  }

  /** A deliverable's file (its current revision, or an earlier one), if the user may see it. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public DocumentContent download(String reference, long id, Integer revision) {
    FundingApplication application = visibility.of(reference);
    Deliverable deliverable = find(application, id);
    int wanted = revision == null ? deliverable.revision() : revision;
    return files
        .content(deliverable.id(), wanted)
        .orElseThrow(() -> new NotFoundException("Revision", wanted));
  }

  private DeliverableView done(
      FundingApplication application,
      Deliverable deliverable,
      DeliverableAction action,
      Map<String, Object> details) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("deliverable", deliverable.id());
    changes.put("kind", deliverable.kind().name());
    changes.put("revision", deliverable.revision());
    changes.putAll(details);
    audit.record(
        FundingApplications.AUDIT_TYPE, application.reference(), action.auditAction(), changes);
    feed.record(application, "feed.deliverable." + action.name());
    return deliverable.view(application.reference());
  }

  private static Map<String, Object> fileChanges(FileTypes.Checked file) {
    return Map.of("filename", file.filename(), "sha256", file.sha256());
  }

  private FundingApplication reviewable(String reference) {
    FundingApplication application = visibility.locked(reference);
    if (!DeliveryAccess.mayReview(CurrentUser.current())) {
      throw new AccessDeniedException("only QA reviews deliverables");
    }
    requireOpen(application);
    return application;
  }

  private static void requireOpen(FundingApplication application) {
    if (!DeliveryAccess.OPEN.contains(application.status())) {
      throw new StateConflict(
          "deliverable.application.not-open", application.reference(), application.status());
    }
  }

  private Deliverable find(FundingApplication application, long id) {
    return deliverables
        .findByIdAndApplicationId(id, application.id())
        .orElseThrow(() -> new NotFoundException("Deliverable", id));
  }
}
