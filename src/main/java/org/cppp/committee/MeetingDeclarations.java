package org.cppp.committee;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Members' declarations of interest on a meeting's items, through the {@link Meeting} aggregate: a
 * declared interest recuses the member from the item (its restricted material, its decision and its
 * quorum) and cannot be withdrawn.
 */
@Component
class MeetingDeclarations {

  private final MeetingRecords records;
  private final MeetingStore store;
  private final Clock clock;

  MeetingDeclarations(MeetingRecords records, MeetingStore store, Clock clock) {
    this.records = records;
    this.store = store;
    this.clock = clock;
  }

  DeclarationView declare(long meetingId, long itemId, boolean interest, String nature) {
    Meeting meeting = records.locked(meetingId);
    MemberView member = records.sittingMember(meeting);
    meeting.declare(itemId, member, interest, nature, clock.instant());
    String title = meeting.item(itemId).title();
    String text = interest ? nature.trim() : "";
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("member", member.displayName());
    values.put("item", title);
    values.put("interest", interest);
    values.put("nature", text);
    records.save(meeting, "DECLARED", values);
    return store.declaration(itemId, member.id()).orElseThrow();
  }

  List<DeclarationView> declareNoInterest(long meetingId) {
    Meeting meeting = records.locked(meetingId);
    MemberView member = records.sittingMember(meeting);
    List<AgendaItem> rest = meeting.declareNoInterest(member, clock.instant());
    if (!rest.isEmpty()) {
      records.save(
          meeting,
          "DECLARED_NO_INTEREST",
          Map.of(
              "member",
              member.displayName(),
              "items",
              rest.stream().map(AgendaItem::title).toList().toString()));
    }
    return rest.stream().map(i -> store.declaration(i.id(), member.id()).orElseThrow()).toList();
  }
}
