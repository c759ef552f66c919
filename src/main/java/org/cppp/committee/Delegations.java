package org.cppp.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Scheme;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Delegated authority: a held, quorate meeting resolves that officers may decide applications of
 * named schemes up to a government share until a date; the minutes drafted from the meeting record
 * the resolution, and it is in force from then on (rules in {@link DelegatedAuthority}). Decisions
 * under it are recorded through {@link org.cppp.application.FundingApplications#decide} and listed
 * for noting at the next meeting. Audited as subject type {@value #AUDIT_TYPE}.
 */
@Component
class Delegations {

  static final String AUDIT_TYPE = "delegation";
  private static final BigDecimal MAX_CEILING = new BigDecimal("9999999999.99");
  private static final int MAX_YEARS = 5;
  private static final int MAX_TEXT = 2000;

  private final DelegationStore store;
  private final AuditTrail audit;
  private final FundingRules rules;

  Delegations(DelegationStore store, AuditTrail audit, FundingRules rules) {
    this.store = store;
    this.audit = audit;
    this.rules = rules;
  }

  /** Records a resolution of the meeting, which {@link Deliberation#requireResolving} allowed. */
  DelegatedAuthority grant(Meeting meeting, NewDelegation input) {
    NewDelegation d = valid(input, meeting.date());
    for (Scheme scheme : d.schemes()) {
      if (rules.scheme(scheme).needsCommittee()) {
        throw new RuleViolation("schemes", "committee.delegation.scheme.committee-only", scheme);
      }
    }
    long id = store.insert(meeting.id(), d, CurrentUser.current().username());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("meeting", meeting.number());
    values.put("schemes", d.schemes().toString());
    values.put("maxGovernmentShareHkd", d.maxGovernmentShareHkd().toPlainString());
    values.put("validUntil", d.validUntil().toString());
    values.put("resolution", d.resolution());
    audit.record(AUDIT_TYPE, String.valueOf(id), "RESOLVED", values);
    audit.record(Meetings.AUDIT_TYPE, String.valueOf(meeting.id()), "DELEGATION_RESOLVED", values);
    return get(id);
  }

  DelegatedAuthority get(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Delegated authority", id));
  }

  List<DelegatedAuthority> ofMeeting(Meeting meeting) {
    return store.ofMeeting(meeting.id());
  }

  /** The decisions under delegated authority listed for noting at this meeting, in agenda order. */
  List<DelegatedDecisionView> forNoting(Meeting meeting) {
    return store.notedAt(meeting.id()).stream().map(DelegationStore.Taken::view).toList();
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
