package org.cppp.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegated authority: a held, quorate meeting resolves that officers may decide applications of
 * named schemes up to a government share until a date; the minutes drafted from the meeting record
 * the resolution, and it is in force from then on (rules in {@link DelegatedAuthority}). Decisions
 * under it are recorded through {@link org.cppp.application.FundingApplications#decide} and listed
 * for noting at the next meeting. Audited as subject type {@value #AUDIT_TYPE}.
 */
@Service
@Transactional
public class Delegations {

  static final String AUDIT_TYPE = "delegation";
  private static final BigDecimal MAX_CEILING = new BigDecimal("9999999999.99");
  private static final int MAX_YEARS = 5;
  private static final int MAX_TEXT = 2000;

  private final DelegationStore store;
  private final MeetingAccess access;
  private final QuorumCounter quorum;
  private final AuditTrail audit;

  Delegations(DelegationStore store, MeetingAccess access, QuorumCounter quorum, AuditTrail audit) {
    this.store = store;
    this.access = access;
    this.quorum = quorum;
    this.audit = audit;
  }

  /**
   * Records a resolution of the held meeting (before its minutes are drafted, so they record it):
   * refuses a meeting not held or without its quorum, no scheme (field {@code schemes}), a ceiling
   * not above zero or with more than 2 decimals (field {@code maxGovernmentShareHkd}), an end date
   * not after the meeting or more than five years after it (field {@code validUntil}), and no
   * wording (field {@code resolution}).
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public DelegatedAuthority grant(long meetingId, NewDelegation input) {
    MeetingView meeting = access.locked(meetingId);
    if (!meeting.status().recordsDecisions()) {
      throw new StateConflict("committee.decision.not-held", meeting.number(), meeting.status());
    }
    QuorumCheck check = quorum.meeting(meeting);
    if (!check.quorate()) {
      throw ItemDecisionPolicy.noQuorum(check);
    }
    NewDelegation d = valid(input, meeting.date());
    long id = store.insert(meetingId, d, CurrentUser.current().username());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("meeting", meeting.number());
    values.put("schemes", d.schemes().toString());
    values.put("maxGovernmentShareHkd", d.maxGovernmentShareHkd().toPlainString());
    values.put("validUntil", d.validUntil().toString());
    values.put("resolution", d.resolution());
    audit.record(AUDIT_TYPE, String.valueOf(id), "RESOLVED", values);
    audit.record(Meetings.AUDIT_TYPE, String.valueOf(meetingId), "DELEGATION_RESOLVED", values);
    return get(id);
  }

  /** A delegated authority. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public DelegatedAuthority get(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Delegated authority", id));
  }

  /** The authorities a meeting resolved. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<DelegatedAuthority> ofMeeting(long meetingId) {
    access.meeting(meetingId);
    return store.ofMeeting(meetingId);
  }

  /** Authorities whose period has not ended today. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<DelegatedAuthority> current() {
    return store.current(CommitteeMembers.today());
  }

  /** The decisions under delegated authority listed for noting at this meeting, in agenda order. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<DelegatedDecisionView> forNoting(long meetingId) {
    access.meeting(meetingId);
    return store.notedAt(meetingId).stream().map(DelegationStore.Taken::view).toList();
  }

  private static NewDelegation valid(NewDelegation d, LocalDate meetingDate) {
    if (d.schemes() == null
        || d.schemes().isEmpty()
        || d.schemes().stream().anyMatch(java.util.Objects::isNull)) {
      throw new RuleViolation("schemes", "committee.delegation.schemes.required");
    }
    BigDecimal max = d.maxGovernmentShareHkd();
    if (max == null || max.signum() <= 0 || max.scale() > 2 || max.compareTo(MAX_CEILING) > 0) {
      throw new RuleViolation("maxGovernmentShareHkd", "committee.delegation.ceiling");
    }
    LocalDate until = d.validUntil();
    if (until == null
        || !until.isAfter(meetingDate)
        || until.isAfter(meetingDate.plusYears(MAX_YEARS))) {
      throw new RuleViolation("validUntil", "committee.delegation.until", meetingDate, MAX_YEARS);
    }
    String text = d.resolution() == null ? "" : d.resolution().trim();
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw new RuleViolation("resolution", "committee.delegation.resolution.required");
    }
    return new NewDelegation(
        d.schemes().stream().distinct().sorted().toList(), max.setScale(2), until, text);
  }
}
