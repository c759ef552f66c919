package org.cppp.committee;

import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationParties;
import org.cppp.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Proposes the conflicts of interest the system can see: the member's organisation is a trade
 * association the factory or provider belongs to, or the member declared a link with either (for an
 * application's item and for its variation request's). The hints are the system's knowledge, also
 * for a member already recused from the item, so the application's parties are read through {@link
 * ApplicationParties}, not as the user.
 */
@Component
class ConflictFinder {

  private final MemberStore members;
  private final MeetingRecords records;
  private final ApplicationParties parties;
  private final CommitteePolicy policy;

  ConflictFinder(
      MemberStore members,
      MeetingRecords records,
      ApplicationParties parties,
      CommitteePolicy policy) {
    this.members = members;
    this.records = records;
    this.parties = parties;
    this.policy = policy;
  }

  /** The user's own hints if they are a member (not a manager), else every sitting member's. */
  List<ConflictHint> find(Meeting meeting, CurrentUser user) {
    List<MemberView> whom =
        policy.recusalsApply(user)
            ? records.me(meeting).stream().toList()
            : members.sittingOn(meeting.date());
    List<AssociationView> associations = members.associations();
    List<ConflictHint> hints = new ArrayList<>();
    for (AgendaItem item : meeting.items()) {
      if (!item.kind().forDecision()) {
        continue;
      }
      parties
          .of(item.applicationRef())
          .ifPresent(app -> whom.forEach(m -> hints.addAll(of(item.id(), m, app, associations))));
    }
    return hints;
  }

  static List<ConflictHint> of(
      long itemId,
      MemberView member,
      ApplicationParties.Parties app,
      List<AssociationView> associations) {
    List<ConflictHint> hints = new ArrayList<>();
    String br = app.factoryBr();
    String provider = app.providerCode();
    for (AssociationView a : associations) {
      if (!a.organisationCode().equals(member.organisationCode())) {
        continue;
      }
      if (br.equals(a.factoryBr())) {
        hints.add(new ConflictHint(itemId, member.id(), "ASSOCIATION_FACTORY", br));
      }
      if (provider != null && provider.equals(a.providerCode())) {
        hints.add(new ConflictHint(itemId, member.id(), "ASSOCIATION_PROVIDER", provider));
      }
    }
    if (member.linkedFactories().contains(br)) {
      hints.add(new ConflictHint(itemId, member.id(), "LINKED_FACTORY", br));
    }
    if (provider != null && member.linkedProviders().contains(provider)) {
      hints.add(new ConflictHint(itemId, member.id(), "LINKED_PROVIDER", provider));
    }
    return hints;
  }
}
