package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.RoleHolders;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's members and their terms, the organisations they represent, the trade
 * associations' member factories and providers, and the quorum rule.
 */
@Service
@Transactional
public class CommitteeMembers {

  static final String AUDIT_TYPE = "committee-member";

  private final MemberStore store;
  private final RoleHolders users;
  private final AuditTrail audit;
  private final Clock clock;

  CommitteeMembers(MemberStore store, RoleHolders users, AuditTrail audit, Clock clock) {
    this.store = store;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Appoints a user holding the COMMITTEE role for a term; refuses an unknown organisation, a term
   * that ends before it starts, and a term overlapping another of the same user.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MemberView appoint(NewMember member) {
    String displayName = committeeUser(member.username());
    check(member, 0);
    long id = store.insert(member, displayName);
    MemberView created = get(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), "APPOINTED", snapshot(created));
    return created;
  }

  /** Changes a membership's organisation, position, term and declared links. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MemberView update(long id, NewMember member) {
    MemberView before = get(id);
    if (!before.username().equals(member.username())) {
      throw new RuleViolation("username", "committee.member.username.fixed");
    }
    check(member, id);
    store.update(id, member);
    MemberView after = get(id);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(id),
        "UPDATED",
        Changes.between(snapshot(before), snapshot(after)));
    return after;
  }

  /** A membership. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public MemberView get(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Committee member", id));
  }

  /** All memberships, current and past. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<MemberView> all() {
    return store.all();
  }

  /** The memberships whose term covers a date. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<MemberView> sittingOn(LocalDate date) {
    return store.sittingOn(date);
  }

  /** The current user's membership sitting on a date, if any. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public Optional<MemberView> mine(LocalDate date) {
    return store.sitting(CurrentUser.current().username(), date);
  }

  /** The organisations represented on the committee. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<OrganisationView> organisations() {
    return store.organisations();
  }

  /** Factories and providers that are members of trade associations. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<AssociationView> associations() {
    return store.associations();
  }

  /** Records that a factory (BR number) or a provider (code) is a member of an organisation. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AssociationView addAssociation(
      String organisationCode, String factoryBr, String provider) {
    String br = blankToNull(factoryBr);
    String code = blankToNull(provider);
    if (organisationCode == null || !store.organisationExists(organisationCode)) {
      throw new RuleViolation("organisationCode", "committee.organisation.unknown");
    }
    if ((br == null) == (code == null)) {
      throw new RuleViolation("factoryBr", "committee.association.one-key");
    }
    if (store.associationExists(organisationCode, br, code)) {
      throw new RuleViolation("factoryBr", "committee.association.exists");
    }
    long id = store.insertAssociation(organisationCode, br, code);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("organisation", organisationCode);
    values.put("factoryBr", br);
    values.put("providerCode", code);
    audit.record(AUDIT_TYPE, "association-" + id, "ASSOCIATION_ADDED", values);
    return new AssociationView(id, organisationCode, br, code);
  }

  /** Removes an association membership. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public void removeAssociation(long id) {
    if (store.deleteAssociation(id) == 0) {
      throw new NotFoundException("Association membership", id);
    }
    audit.record(AUDIT_TYPE, "association-" + id, "ASSOCIATION_REMOVED", Map.of());
  }

  /** The quorum rule in force on a date. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public QuorumRule quorumRuleOn(LocalDate date) {
    return store.ruleOn(date);
  }

  /** Every quorum rule, newest first. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<QuorumRule> quorumRules() {
    return store.rules();
  }

  /** Adds (or replaces) the quorum rule in force from its effective date. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public QuorumRule setQuorumRule(QuorumRule rule) {
    store.saveRule(rule);
    audit.record(
        AUDIT_TYPE,
        "quorum-" + rule.effectiveFrom(),
        "QUORUM_RULE_SET",
        Map.of(
            "share", rule.numerator() + "/" + rule.denominator(),
            "strictlyMore", rule.strictlyMore(),
            "requiresChairOrDeputy", rule.requiresChairOrDeputy()));
    return rule;
  }

  /** Today in the programme's time zone: the date whose sitting members the pages mark. */
  @PreAuthorize(CommitteePolicy.READ)
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The current user's membership sitting today, if any. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public Optional<MemberView> mineToday() {
    return mine(today());
  }

  private String committeeUser(String username) {
    return users
        .displayName(username, CommitteePolicy.APPOINTABLE)
        .orElseThrow(
            () -> new RuleViolation("username", "committee.member.not-committee-user", username));
  }

  private void check(NewMember member, long id) {
    if (!store.organisationExists(member.organisationCode())) {
      throw new RuleViolation("organisationCode", "committee.organisation.unknown");
    }
    if (member.termTo().isBefore(member.termFrom())) {
      throw new RuleViolation("termTo", "committee.member.term.order");
    }
    if (store.overlaps(member.username(), member.termFrom(), member.termTo(), id)) {
      throw new RuleViolation("termFrom", "committee.member.term.overlap");
    }
  }

  private static Map<String, Object> snapshot(MemberView m) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("username", m.username());
    values.put("organisation", m.organisationCode());
    values.put("position", m.position().name());
    values.put("termFrom", m.termFrom().toString());
    values.put("termTo", m.termTo().toString());
    values.put("linkedFactories", String.join(",", m.linkedFactories()));
    values.put("linkedProviders", String.join(",", m.linkedProviders()));
    return values;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
