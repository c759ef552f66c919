package org.cppp.committee;

import org.cppp.application.ApplicationVisibility;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A committee member who declared an interest in an application (at a meeting or on a circulation)
 * is recused from it everywhere: its page, papers and documents in the applications module too.
 */
@Component
class Recusals implements ApplicationVisibility {

  private final JdbcClient jdbc;

  Recusals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean hides(String reference, CurrentUser user) {
    if (!user.has(Role.COMMITTEE) || user.hasAny(Role.OFFICER, Role.ADMIN)) {
      return false;
    }
    return jdbc.sql(
            "select exists (select 1 from interest_declaration d join agenda_item i on i.id ="
                + " d.item_id join committee_member m on m.id = d.member_id where d.interest and"
                + " i.application_ref = :ref and m.username = :user) or exists (select 1 from"
                + " circulation_vote v join circulation c on c.id = v.circulation_id join"
                + " committee_member m on m.id = v.member_id where v.vote = 'INTEREST' and"
                + " c.application_ref = :ref and m.username = :user)")
        .param("ref", reference)
        .param("user", user.username())
        .query(Boolean.class)
        .single();
  }
}
