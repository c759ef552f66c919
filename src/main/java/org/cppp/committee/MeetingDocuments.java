package org.cppp.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.factory.Factories;
import org.cppp.factory.FactorySummary;
import org.cppp.funding.Budget;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.provider.Providers;
import org.cppp.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee reads and applicants receive: the meeting pack (agenda and one summary per
 * application, without the items the reader is recused from) and the decision letter.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDocuments {

  private final MeetingStore store;
  private final MeetingAccess access;
  private final LetterStore letters;
  private final FundingApplications applications;
  private final Factories factories;
  private final Providers providers;
  private final Budget budget;

  MeetingDocuments(
      MeetingStore store,
      MeetingAccess access,
      LetterStore letters,
      FundingApplications applications,
      Factories factories,
      Providers providers,
      Budget budget) {
    this.store = store;
    this.access = access;
    this.letters = letters;
    this.applications = applications;
    this.factories = factories;
    this.providers = providers;
    this.budget = budget;
  }

  /**
   * The meeting pack as the current user may read it. The budget left after each application item
   * assumes every undecided application above it is approved at its government share.
   */
  @PreAuthorize(CommitteeMembers.READERS)
  public MeetingPack pack(long meetingId) {
    MeetingView meeting = access.meeting(meetingId);
    BigDecimal available = budget.summary().availableHkd();
    BigDecimal running = available;
    List<PackItem> items = new ArrayList<>();
    boolean officer = MeetingAccess.isOfficer(CurrentUser.current());
    for (AgendaItemView item : store.items(meetingId)) {
      if (item.kind() != ItemKind.APPLICATION) {
        items.add(new PackItem(item, false, null, null, null, List.of(), null, null));
        continue;
      }
      boolean withheld = !officer && access.currentUserRecused(meeting, item);
      // a recused reader sees nothing of the item, but the running budget still counts it
      ApplicationView app =
          withheld
              ? SystemActor.call(() -> applications.get(item.applicationRef()))
              : applications.get(item.applicationRef());
      BigDecimal before = running;
      if (item.awaitsDecision() && app.governmentShareHkd() != null) {
        running = running.subtract(app.governmentShareHkd());
      }
      items.add(withheld ? withheld(item) : summary(item, app, before, running));
    }
    List<Long> hidden = items.stream().filter(PackItem::withheld).map(p -> p.item().id()).toList();
    List<PaperView> papers =
        store.papers(meetingId).stream()
            .filter(p -> !p.restricted() || !hidden.contains(p.itemId()))
            .toList();
    return new MeetingPack(meeting, items, papers, available);
  }

  /** One application item's summary; not found for a member recused from it. */
  @PreAuthorize(CommitteeMembers.READERS)
  public PackItem summary(long meetingId, long itemId) {
    MeetingView meeting = access.meeting(meetingId);
    AgendaItemView item = access.item(meetingId, itemId);
    access.requireRestrictedAccess(meeting, item);
    return pack(meetingId).items().stream()
        .filter(p -> p.item().id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
  }

  /**
   * The decision letter for an application: for the factory's applicants and programme staff; not
   * found for anyone else, or before the committee has decided.
   */
  @PreAuthorize("hasAnyRole('APPLICANT','OFFICER','COMMITTEE','EPD','ADMIN')")
  public DecisionLetter letter(String reference) {
    CurrentUser user = CurrentUser.current();
    ApplicationView app = applications.get(reference);
    boolean applicant = user.has(Role.APPLICANT) && app.factoryBr().equals(user.factoryBr());
    boolean staff = user.hasAny(Role.OFFICER, Role.COMMITTEE, Role.EPD, Role.ADMIN);
    if (!applicant && !staff) {
      throw new NotFoundException("Decision letter", reference);
    }
    LetterStore.Row row =
        letters
            .latest(reference)
            .orElseThrow(() -> new NotFoundException("Decision letter", reference));
    FactorySummary factory = SystemActor.call(() -> factories.summary(app.factoryBr()));
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

  private static PackItem withheld(AgendaItemView item) {
    return new PackItem(item, true, null, null, null, List.of(), null, null);
  }

  private PackItem summary(
      AgendaItemView item, ApplicationView app, BigDecimal before, BigDecimal after) {
    FactorySummary factory = factories.summary(app.factoryBr());
    String provider = app.providerCode() == null ? null : providers.get(app.providerCode()).name();
    return new PackItem(
        item,
        false,
        app,
        factory,
        provider,
        applications.screening(app.reference()).findings(),
        before,
        after);
  }
}
