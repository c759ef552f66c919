package org.cppp.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationParties;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.factory.Factories;
import org.cppp.factory.FactorySummary;
import org.cppp.funding.Budget;
import org.cppp.identity.CurrentUser;
import org.cppp.provider.Providers;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the committee reads and applicants receive: the meeting pack (agenda and one summary per
 * application, without the items the reader is recused from) and the decision letter.
 */
@Component
class MeetingDocuments {

  private final MeetingStore store;
  private final MeetingRecords records;
  private final LetterStore letters;
  private final FundingApplications applications;
  private final ApplicationParties parties;
  private final Factories factories;
  private final Providers providers;
  private final Budget budget;
  private final CommitteePolicy policy;

  MeetingDocuments(
      MeetingStore store,
      MeetingRecords records,
      LetterStore letters,
      FundingApplications applications,
      ApplicationParties parties,
      Factories factories,
      Providers providers,
      Budget budget,
      CommitteePolicy policy) {
    this.store = store;
    this.records = records;
    this.letters = letters;
    this.applications = applications;
    this.parties = parties;
    this.factories = factories;
    this.providers = providers;
    this.budget = budget;
    this.policy = policy;
  }

  /**
   * The meeting pack as this user may read it. The budget left after each application item assumes
   * every undecided application above it is approved at its government share.
   */
  MeetingPack pack(Meeting meeting, CurrentUser user) {
    BigDecimal available = budget.summary().availableHkd();
    BigDecimal running = available;
    List<PackItem> items = new ArrayList<>();
    for (AgendaItem item : meeting.items()) {
      if (item.kind() != ItemKind.APPLICATION) {
        items.add(new PackItem(item.view(), false, null, null, null, List.of(), null, null));
        continue;
      }
      boolean withheld = policy.withholds(user, records.recused(meeting, item));
      BigDecimal before = running;
      // a recused reader sees nothing of the item, but the running budget still counts it
      BigDecimal share =
          parties.of(item.applicationRef()).map(p -> p.governmentShareHkd()).orElse(null);
      if (item.awaitsDecision() && share != null) {
        running = running.subtract(share);
      }
      items.add(withheld ? withheld(item) : summary(item, before, running));
    }
    List<Long> hidden = items.stream().filter(PackItem::withheld).map(p -> p.item().id()).toList();
    List<PaperView> papers =
        store.papers(meeting.id()).stream()
            .filter(p -> !p.restricted() || !hidden.contains(p.itemId()))
            .toList();
    return new MeetingPack(meeting.view(), items, papers, available);
  }

  /**
   * The decision letter for an application: for the factory's applicants and programme staff; not
   * found for anyone else, or before the committee has decided.
   */
  DecisionLetter letter(String reference, CurrentUser user) {
    ApplicationView app = applications.get(reference);
    if (!policy.mayReadLetter(user, app.factoryBr())) {
      throw new NotFoundException("Decision letter", reference);
    }
    LetterStore.Row row =
        letters
            .latest(reference)
            .orElseThrow(() -> new NotFoundException("Decision letter", reference));
    FactorySummary factory = factories.summary(app.factoryBr());
    return new DecisionLetter(
        reference,
        app.title(),
        app.factoryBr(),
        factory.nameEn(),
        factory.nameZh(),
        app.scheme(),
        row.outcome(),
        row.outcome() == Outcome.APPROVED ? app.approvedAmountHkd() : null,
        row.note(),
        row.decidedOn(),
        row.decidedBy());
  }

  private static PackItem withheld(AgendaItem item) {
    return new PackItem(item.view(), true, null, null, null, List.of(), null, null);
  }

  private PackItem summary(AgendaItem item, BigDecimal before, BigDecimal after) {
    ApplicationView app = applications.get(item.applicationRef());
    FactorySummary factory = factories.summary(app.factoryBr());
    String provider = app.providerCode() == null ? null : providers.get(app.providerCode()).name();
    return new PackItem(
        item.view(),
        false,
        app,
        factory,
        provider,
        applications.screening(app.reference()).findings(),
        before,
        after);
  }
}
