package org.cppp.committee;

import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda and its papers, through the {@link Meeting} aggregate: officers put
 * applications ready for the committee, variation requests beyond their delegated authority,
 * programme matters and confirmations of earlier minutes on it, order it and attach papers;
 * restricted papers are hidden from recused members. Audited as the meeting's changes (subject type
 * {@value Meetings#AUDIT_TYPE}).
 */
@Service
@Transactional
public class MeetingAgendas {

  private final MeetingRecords records;
  private final MeetingStore store;
  private final MeetingPapers papers;
  private final FundingApplications applications;
  private final ApplicationVariations variations;

  MeetingAgendas(
      MeetingRecords records,
      MeetingStore store,
      MeetingPapers papers,
      FundingApplications applications,
      ApplicationVariations variations) {
    this.records = records;
    this.store = store;
    this.papers = papers;
    this.applications = applications;
    this.variations = variations;
  }

  /** The agenda, in order, with decisions recorded. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<AgendaItemView> agenda(long meetingId) {
    return records.meeting(meetingId).items().stream().map(AgendaItem::view).toList();
  }

  /** One agenda item. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public AgendaItemView item(long meetingId, long itemId) {
    return records.meeting(meetingId).item(itemId).view();
  }

  /**
   * Puts an application that is ready for the committee on the agenda; refuses one in another
   * status, already on this agenda, or waiting on another meeting's agenda.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addApplication(long meetingId, String reference) {
    Meeting meeting = records.locked(meetingId);
    Agenda agenda = meeting.openAgenda();
    ApplicationView application = applications.get(reference);
    if (application.status() != ApplicationStatus.READY_FOR_COMMITTEE) {
      throw new RuleViolation("applicationRef", "committee.agenda.not-ready", reference);
    }
    if (store.onAnotherOpenAgenda(reference, null, meetingId)) {
      throw new RuleViolation("applicationRef", "committee.agenda.already", reference);
    }
    AgendaItem item = agenda.addApplication(reference, application.scheme(), title(application));
    return records.added(meeting, item, Map.of("application", reference));
  }

  /**
   * Puts a factory's variation request not yet decided (one beyond the officers' delegated
   * authority) on the agenda for the committee's decision, beside any item of its application;
   * refuses one decided, one an officer may decide under a delegated authority in force (the
   * committee's business is only what is beyond it, {@link ApplicationVariations#delegations};
   * field {@code variationId}) or one waiting on another meeting's agenda.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addVariation(long meetingId, String reference, long variationId) {
    Meeting meeting = records.locked(meetingId);
    Agenda agenda = meeting.openAgenda();
    if (variations.get(reference, variationId).status().decided()) {
      throw new RuleViolation("variationId", "committee.agenda.variation.decided", variationId);
    }
    if (!variations.delegations(reference, variationId).isEmpty()) {
      throw new RuleViolation("variationId", "committee.agenda.variation.delegated", variationId);
    }
    if (store.onAnotherOpenAgenda(reference, variationId, meetingId)) {
      throw new RuleViolation("variationId", "committee.agenda.variation.already", variationId);
    }
    ApplicationView application = applications.get(reference);
    AgendaItem item =
        agenda.addVariation(reference, application.scheme(), title(application), variationId);
    return records.added(meeting, item, Map.of("application", reference, "variation", variationId));
  }

  private static String title(ApplicationView application) {
    return application.title().isBlank() ? application.reference() : application.title();
  }

  /** Adds a programme matter (papers may be uploaded to it). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addMatter(long meetingId, String title, String description) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.openAgenda().addMatter(title, description);
    return records.added(meeting, item, Map.of("matter", title));
  }

  /** Adds "confirmation of the minutes of" an earlier meeting whose minutes are not confirmed. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addMinutesConfirmation(long meetingId, long earlierMeetingId) {
    Meeting meeting = records.locked(meetingId);
    Meeting earlier = records.meeting(earlierMeetingId);
    AgendaItem item = meeting.openAgenda().addConfirmationOf(earlier);
    return records.added(meeting, item, Map.of("confirmsMinutesOf", earlier.number()));
  }

  /** Moves an item one place up ({@code -1}) or down ({@code +1}). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public List<AgendaItemView> move(long meetingId, long itemId, int direction) {
    Meeting meeting = records.locked(meetingId);
    int position = meeting.move(itemId, direction);
    if (position > 0) {
      records.save(meeting, "ITEM_MOVED", Map.of("item", itemId, "position", position));
    }
    return agenda(meetingId);
  }

  /** Puts the agenda in this order (every item's id once). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public List<AgendaItemView> reorder(long meetingId, List<Long> itemIds) {
    Meeting meeting = records.locked(meetingId);
    meeting.openAgenda().reorder(itemIds);
    records.save(meeting, "REORDERED", Map.of("order", itemIds.toString()));
    return agenda(meetingId);
  }

  /** Takes an item off the agenda before the meeting. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public void removeItem(long meetingId, long itemId) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.openAgenda().remove(itemId);
    store.deletePapers(itemId);
    records.save(meeting, "ITEM_REMOVED", Map.of("title", item.title()));
  }

  /** Attaches a PDF paper to an item; restricted papers are hidden from recused members. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public PaperView uploadPaper(
      long meetingId, long itemId, String filename, byte[] content, boolean restricted) {
    return papers.upload(meetingId, itemId, filename, content, restricted);
  }

  /**
   * The papers the current user may read: restricted ones of items they are recused from are not.
   */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<PaperView> papers(long meetingId) {
    return records.papers(records.meeting(meetingId), CurrentUser.current());
  }

  /** A paper's content; a restricted paper of an item the member is recused from is not found. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public PaperContent paper(long meetingId, long paperId) {
    return papers.content(meetingId, paperId);
  }
}
