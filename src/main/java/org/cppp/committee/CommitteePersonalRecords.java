package org.cppp.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's personal data of a member (the users with the person's e-mail, {@link
 * RoleHolders#usernamesWithEmail}): their terms, declarations of interest, attendance and
 * circulation votes, newest first, at most 1000 of each. Export only: minutes keep who declared and
 * voted.
 */
@Component
class CommitteePersonalRecords implements PersonalRecords {

  private static final String MEMBER = "m.username in (:usernames)";

  private final JdbcClient jdbc;
  private final RoleHolders holders;

  CommitteePersonalRecords(JdbcClient jdbc, RoleHolders holders) {
    this.jdbc = jdbc;
    this.holders = holders;
  }

  @Override
  public String section() {
    return "committee";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    List<String> usernames = holders.usernamesWithEmail(email);
    if (usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Map<String, Object>>> part = new LinkedHashMap<>();
    part.put(
        "memberships",
        select(
            "select m.username, m.display_name, m.organisation_code, m.position, m.term_from,"
                + " m.term_to from committee_member m where "
                + MEMBER
                + " order by m.term_from desc limit 1000",
            usernames));
    part.put(
        "declarations",
        select(
            "select c.number as meeting, i.title as item, i.application_ref, d.interest,"
                + " d.nature, d.declared_at from interest_declaration d"
                + " join committee_member m on m.id = d.member_id"
                + " join agenda_item i on i.id = d.item_id"
                + " join committee_meeting c on c.id = i.meeting_id where "
                + MEMBER
                + " order by d.declared_at desc limit 1000",
            usernames));
    part.put(
        "attendance",
        select(
            "select c.number as meeting, c.meeting_date, a.status from meeting_attendance a"
                + " join committee_member m on m.id = a.member_id"
                + " join committee_meeting c on c.id = a.meeting_id where "
                + MEMBER
                + " order by c.meeting_date desc limit 1000",
            usernames));
    part.put(
        "votes",
        select(
            "select c.application_ref, v.vote, v.comment, v.voted_at from circulation_vote v"
                + " join committee_member m on m.id = v.member_id"
                + " join circulation c on c.id = v.circulation_id where "
                + MEMBER
                + " order by v.voted_at desc limit 1000",
            usernames));
    return part;
  }

  @Override
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of();
  }

  private List<Map<String, Object>> select(String sql, List<String> usernames) {
    return PersonalRecords.rows(jdbc.sql(sql).param("usernames", usernames).query().listOfRows());
  }
}
