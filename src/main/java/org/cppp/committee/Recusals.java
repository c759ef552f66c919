package org.cppp.committee;

import java.util.HashSet;
import java.util.Set;
import org.cppp.application.ApplicationVisibility;
import org.cppp.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A committee member who declared an interest in an application (at a meeting or on a circulation)
 * is recused from it everywhere: its page, papers and documents, the applications list, search and
 * activity feed. Looked up by the member's own declarations (indexed by member, V28).
 */
@Component
class Recusals implements ApplicationVisibility {

  private final JdbcClient jdbc;
  private final CommitteePolicy policy;

  Recusals(JdbcClient jdbc, CommitteePolicy policy) {
    this.jdbc = jdbc;
    this.policy = policy;
  }

  @Override
  public Set<String> hiddenFrom(CurrentUser user) {
    if (!policy.recusalsApply(user)) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select i.application_ref from interest_declaration d join agenda_item i on i.id ="
                    + " d.item_id join committee_member m on m.id = d.member_id where d.interest"
                    + " and m.username = :user and i.application_ref is not null union select"
                    + " c.application_ref from circulation_vote v join circulation c on c.id ="
                    + " v.circulation_id join committee_member m on m.id = v.member_id where"
                    + " v.vote = :interest and m.username = :user")
            .param("user", user.username())
            .param("interest", Vote.INTEREST.name())
            .query(String.class)
            .list());
  }
}
