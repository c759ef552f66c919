package org.cppp.committee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Drafts a meeting's minutes from what was recorded, in the drafter's language. */
@Component
class MinutesWriter {

  private final MeetingStore meetings;
  private final DelegationStore delegations;
  private final MessageSource messages;

  MinutesWriter(MeetingStore meetings, DelegationStore delegations, MessageSource messages) {
    this.meetings = meetings;
    this.delegations = delegations;
    this.messages = messages;
  }

  String draft(Meeting aggregate, Locale locale) {
    MeetingView meeting = aggregate.view();
    StringBuilder text = new StringBuilder();
    line(text, t(locale, "minutes.heading", meeting.number(), meeting.title()));
    line(
        text,
        t(
            locale,
            "minutes.when",
            meeting.date().toString(),
            meeting.startTime().toString(),
            meeting.venue().isBlank() ? meeting.onlineLink() : meeting.venue()));
    text.append('\n');
    attendance(text, meeting, locale);
    List<AgendaItemView> items = aggregate.items().stream().map(AgendaItem::view).toList();
    List<DeclarationView> interests = declarations(text, meeting, items, locale);
    text.append('\n');
    line(text, t(locale, "minutes.items"));
    Map<Long, List<DelegationStore.Taken>> noted =
        delegations.notedAt(meeting.id()).stream()
            .collect(Collectors.groupingBy(DelegationStore.Taken::notingItemId));
    for (AgendaItemView item : items) {
      line(text, item.position() + ". " + itemText(item, interests, noted, locale));
    }
    resolutions(text, meeting, locale);
    return text.toString();
  }

  /** Writes the declared interests; returns them. */
  private List<DeclarationView> declarations(
      StringBuilder text, MeetingView meeting, List<AgendaItemView> items, Locale locale) {
    line(text, t(locale, "minutes.declarations"));
    List<DeclarationView> interests =
        meetings.declarations(meeting.id()).stream().filter(DeclarationView::interest).toList();
    if (interests.isEmpty()) {
      line(text, "  " + t(locale, "minutes.declarations.none"));
    }
    Map<Long, String> titles =
        items.stream().collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::title));
    for (DeclarationView d : interests) {
      line(
          text,
          "  - "
              + t(locale, "minutes.declared", d.displayName(), titles.get(d.itemId()), d.nature()));
    }
    return interests;
  }

  /** The resolutions of delegated authority: the minutes are their record. */
  private void resolutions(StringBuilder text, MeetingView meeting, Locale locale) {
    List<DelegatedAuthority> resolved = delegations.ofMeeting(meeting.id());
    if (resolved.isEmpty()) {
      return;
    }
    text.append('\n');
    line(text, t(locale, "minutes.delegations"));
    for (DelegatedAuthority a : resolved) {
      String schemes =
          a.schemes().stream()
              .map(s -> t(locale, "scheme." + s.name()))
              .collect(Collectors.joining(", "));
      line(
          text,
          "  - "
              + t(
                  locale,
                  "minutes.delegation",
                  a.citation(),
                  schemes,
                  money(a.maxGovernmentShareHkd()),
                  a.validUntil().toString(),
                  a.resolution()));
    }
  }

  private static String money(java.math.BigDecimal amount) {
    return "HK$" + String.format(Locale.ROOT, "%,.2f", amount);
  }

  private void attendance(StringBuilder text, MeetingView meeting, Locale locale) {
    for (AttendanceStatus status : AttendanceStatus.values()) {
      String names =
          meetings.attendance(meeting.id()).stream()
              .filter(a -> a.status() == status)
              .map(
                  a ->
                      a.displayName()
                          + " ("
                          + a.organisationCode()
                          + ", "
                          + t(locale, "position." + a.position().name())
                          + ")")
              .collect(Collectors.joining("; "));
      line(text, t(locale, "attendance." + status.name()) + ": " + (names.isEmpty() ? "-" : names));
    }
    text.append('\n');
  }

  private String itemText(
      AgendaItemView item,
      List<DeclarationView> interests,
      Map<Long, List<DelegationStore.Taken>> noted,
      Locale locale) {
    return switch (item.kind()) {
      case MATTER ->
          item.title() + (item.description().isBlank() ? "" : " — " + item.description());
      case MINUTES_CONFIRMATION -> t(locale, "minutes.confirmation", item.title());
      case APPLICATION -> decidedText(item, interests, locale);
      case VARIATION ->
          t(locale, "minutes.variation", String.valueOf(item.variationId()))
              + " "
              + decidedText(item, interests, locale);
      case NOTING -> notingText(item, noted.getOrDefault(item.id(), List.of()), locale);
    };
  }

  /** A for-noting item: each decision taken on its application under delegated authority. */
  private String notingText(
      AgendaItemView item, List<DelegationStore.Taken> decisions, Locale locale) {
    StringBuilder s = new StringBuilder(item.title() + " (" + item.applicationRef() + ")");
    decisions.forEach(taken -> s.append("\n   ").append(notingLine(item, taken, locale)));
    return s.toString();
  }

  private String notingLine(AgendaItemView item, DelegationStore.Taken taken, Locale locale) {
    return t(
        locale,
        "minutes.noting",
        t(locale, "outcome." + taken.outcome().name()),
        money(taken.amountHkd()),
        taken.decidedOn().toString(),
        taken.recordedBy(),
        item.description());
  }

  /** An application's or a variation request's item: who was recused, and what was decided. */
  private String decidedText(AgendaItemView item, List<DeclarationView> interests, Locale locale) {
    StringBuilder s = new StringBuilder();
    s.append(item.title()).append(" (").append(item.applicationRef()).append(", ");
    s.append(t(locale, "scheme." + item.scheme().name())).append(")");
    String recused =
        interests.stream()
            .filter(d -> d.itemId() == item.id())
            .map(DeclarationView::displayName)
            .collect(Collectors.joining(", "));
    if (!recused.isEmpty()) {
      s.append("\n   ").append(t(locale, "minutes.recused", recused));
    }
    if (item.withdrawn()) {
      s.append("\n   ").append(t(locale, "minutes.withdrawn." + item.withdrawnAs().name()));
      return s.toString();
    }
    DecisionView d = item.decision();
    if (d == null) {
      s.append("\n   ").append(t(locale, "minutes.undecided"));
      return s.toString();
    }
    s.append("\n   ").append(t(locale, "minutes.decision." + d.outcome().name()));
    if (d.approvedAmountHkd() != null) {
      s.append(" ").append(money(d.approvedAmountHkd()));
    }
    if (!d.note().isBlank()) {
      s.append("\n   ").append(t(locale, "minutes.note." + d.outcome().name(), d.note()));
    }
    return s.toString();
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append('\n');
  }
}
