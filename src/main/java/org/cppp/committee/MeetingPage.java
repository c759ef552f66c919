package org.cppp.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.funding.Scheme;

/**
 * A meeting's page as one reader may see it, read in one pass over the {@link Meeting} aggregate.
 *
 * @param me the reader's membership sitting on the meeting's date, or {@code null}
 * @param mine the reader's declarations by item
 * @param undeclared how many items still to decide the reader has not declared on
 * @param noted the decisions under delegated authority listed for noting, by their agenda item (an
 *     application's approval and its later variations share one item)
 * @param manager whether the reader runs the committee's business (sees the officers' forms)
 * @param earlier for managers: earlier meetings whose drafted minutes this one may confirm
 * @param later for managers: the nearest later held meetings that may confirm these minutes
 */
public record MeetingPage(
    MeetingView meeting,
    List<AgendaItemView> items,
    List<PaperView> papers,
    List<AttendanceView> attendance,
    List<MemberView> sitting,
    QuorumCheck quorum,
    Map<Long, QuorumCheck> itemQuorum,
    List<DeclarationView> declarations,
    MemberView me,
    Map<Long, DeclarationView> mine,
    Map<Long, List<ConflictHint>> hints,
    long undeclared,
    List<DelegatedAuthority> delegations,
    Map<Long, List<DelegatedDecisionView>> noted,
    boolean mayEditMinutes,
    boolean manager,
    List<MeetingView> earlier,
    List<MeetingView> later) {

  /** The page's parts by name, as the meeting template reads them. */
  public Map<String, Object> asModel() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meeting", meeting);
    model.put("items", items);
    model.put("papers", papers);
    model.put("attendance", attendance);
    model.put("sitting", sitting);
    model.put("quorum", quorum);
    model.put("itemQuorum", itemQuorum);
    model.put("declarations", declarations);
    model.put("me", me);
    model.put("mine", mine);
    model.put("hints", hints);
    model.put("undeclared", undeclared);
    model.put("delegations", delegations);
    model.put("noted", noted);
    model.put("mayEditMinutes", mayEditMinutes);
    model.put("earlier", earlier);
    model.put("later", later);
    model.put("schemes", Scheme.launchSchemes());
    model.put("statuses", MeetingStatus.values());
    return model;
  }
}
