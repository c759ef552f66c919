package org.cppp.provider;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The providers on the register (or removed from it) an application may duplicate: the same GDEIC
 * registration number whatever its case, or a name that pg_trgm finds similar ({@code %}, answered
 * by the trigram indexes of {@code V31}), or the same Chinese name. Closest first, at most {@link
 * #LIMIT}.
 */
@Component
class DuplicateProviders {

  static final int LIMIT = 10;

  private final JdbcClient jdbc;

  DuplicateProviders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PossibleDuplicate> of(ProviderApplication application) {
    return jdbc.sql(
            """
            select code, name, name_zh, gdeic_registration_no, removed_on is null as registered,
                   coalesce(lower(gdeic_registration_no) = lower(cast(:no as varchar)), false)
                       as same_no
              from provider
             where lower(gdeic_registration_no) = lower(cast(:no as varchar))
                or lower(name) % lower(:name)
                or lower(name_zh) % lower(cast(:nameZh as varchar))
                or lower(name_zh) = lower(cast(:nameZh as varchar))
             order by same_no desc, similarity(lower(name), lower(:name)) desc, code
             limit :limit
            """)
        .param("no", application.gdeicRegistrationNo())
        .param("name", application.name())
        .param("nameZh", application.nameZh())
        .param("limit", LIMIT)
        .query(
            (rs, n) ->
                new PossibleDuplicate(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("name_zh"),
                    rs.getString("gdeic_registration_no"),
                    rs.getBoolean("same_no"),
                    rs.getBoolean("registered")))
        .list();
  }
}
