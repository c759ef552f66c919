package org.cppp.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationParties;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.ApplicationView;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.ScreeningOverrideView;
import org.cppp.application.ScreeningOverrides;
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

  private final MeetingRecords records;
  private final LetterStore letters;
  private final FundingApplications applications;
  private final ApplicationVariations variations;
  private final ScreeningOverrides overrides;
  private final ApplicationParties parties;
  private final Factories factories;
  private final Providers providers;
  private final Budget budget;
  private final CommitteePolicy policy;

  MeetingDocuments(
      MeetingRecords records,
      LetterStore letters,
      FundingApplications applications,
      ApplicationVariations variations,
      ScreeningOverrides overrides,
      ApplicationParties parties,
      Factories factories,
      Providers providers,
      Budget budget,
      CommitteePolicy policy) {
    this.records = records;
    this.letters = letters;
    this.applications = applications;
    this.variations = variations;
    this.overrides = overrides;
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
    Set<Long> withheld = records.withheld(meeting, user);
    List<PackItem> items = items(meeting, withheld, available, id -> true);
    return new MeetingPack(meeting.view(), items, records.papers(meeting, user), available);
  }

  /**
   * One application item of the pack (its budget counted as in the pack); not found if withheld.
   */
  PackItem item(Meeting meeting, CurrentUser user, long itemId) {
    Set<Long> withheld = records.withheld(meeting, user);
    meeting.item(itemId);
    if (withheld.contains(itemId)) {
      throw new NotFoundException("Agenda item", itemId);
    }
    BigDecimal available = budget.summary().availableHkd();
    return items(meeting, withheld, available, id -> id == itemId).get(0);
  }

  /**
   * The pack's items that are {@code wanted}, each summarised unless withheld; the running budget
   * counts every application item above, wanted or not (a withheld one too).
   */
  private List<PackItem> items(
      Meeting meeting, Set<Long> withheld, BigDecimal available, LongPredicate wanted) {
    BigDecimal running = available;
    List<PackItem> items = new ArrayList<>();
    for (AgendaItem item : meeting.items()) {
      if (!item.kind().forDecision()) {
        if (wanted.test(item.id())) {
          items.add(bare(item, false));
        }
        continue;
      }
      if (item.kind().variation()) {
        if (wanted.test(item.id())) {
          items.add(
              withheld.contains(item.id()) ? bare(item, true) : summary(item, running, running));
        }
        continue;
      }
      BigDecimal before = running;
      BigDecimal share =
          parties.of(item.applicationRef()).map(p -> p.governmentShareHkd()).orElse(null);
      if (item.awaitsDecision() && share != null) {
        running = running.subtract(share);
      }
      if (wanted.test(item.id())) {
        items.add(withheld.contains(item.id()) ? bare(item, true) : summary(item, before, running));
      }
    }
    return items;
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
        row.outcome() == DecisionOutcome.APPROVED ? app.approvedAmountHkd() : null,
        row.note(),
        row.decidedOn(),
        row.decidedBy());
  }

  private static PackItem bare(AgendaItem item, boolean withheld) {
    return new PackItem(
        item.view(), withheld, null, null, null, List.of(), Map.of(), null, null, null);
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
        overrides.overrides(app.reference()).stream()
            .collect(
                Collectors.toMap(
                    ScreeningOverrideView::check, Function.identity(), (first, later) -> first)),
        before,
        after,
        item.kind().variation() ? variations.get(app.reference(), item.variationId()) : null);
  }
}
