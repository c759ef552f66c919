package org.cppp.committee;

import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.platform.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Proposes the conflicts of interest the system can see: the member's organisation is a trade
 * association the factory or provider belongs to, or the member declared a link with either.
 */
@Component
class ConflictFinder {

  private final MemberStore members;
  private final FundingApplications applications;

  ConflictFinder(MemberStore members, FundingApplications applications) {
    this.members = members;
    this.applications = applications;
  }

  List<ConflictHint> find(List<AgendaItemView> items, List<MemberView> sitting) {
    List<AssociationView> associations = members.associations();
    List<ConflictHint> hints = new ArrayList<>();
    for (AgendaItemView item : items) {
      if (item.kind() != ItemKind.APPLICATION) {
        continue;
      }
      // the hints are the system's knowledge, also for a member already recused from the item
      ApplicationView app = SystemActor.call(() -> applications.get(item.applicationRef()));
      for (MemberView member : sitting) {
        hints.addAll(of(item.id(), member, app, associations));
      }
    }
    return hints;
  }

  static List<ConflictHint> of(
      long itemId, MemberView member, ApplicationView app, List<AssociationView> associations) {
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
