package org.cppp.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app activity feed: what happened to applications, for the people concerned. */
@Component
class ActivityFeed {

  private final JdbcClient jdbc;

  ActivityFeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The application moved to its current status. */
  void record(FundingApplication application) {
    record(application, "feed.status." + application.status().name());
  }

  /** Something else happened to it (e.g. a deliverable was handed in), said by a message key. */
  void record(FundingApplication application, String messageKey) {
    jdbc.sql(
            "insert into application_feed (application_ref, factory_br, message_key, status, actor)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            application.reference(),
            application.factoryBr(),
            messageKey,
            application.status().name(),
            CurrentUser.current().username())
        .update();
  }

  /**
   * The latest items the current user may see, by the rule {@link ApplicationPolicy} and {@link
   * ApplicationSearch} apply: all for staff, else those of the factories they act for and those of
   * applications naming their provider; never those of applications withheld from them ({@code
   * hidden}, e.g. recusals), excluded in the query.
   */
  List<FeedItem> latest(ApplicationPolicy.Scope scope, Set<String> hidden, int limit) {
    List<String> own = new ArrayList<>();
    if (!scope.factoryBrs().isEmpty()) {
      own.add("factory_br in (:brs)");
    }
    if (scope.providerCode() != null) {
      own.add(
          "application_ref in (select reference from funding_application"
              + " where provider_code = :provider)");
    }
    if (!scope.all() && own.isEmpty()) {
      return List.of();
    }
    String where = scope.all() ? "true" : "(" + String.join(" or ", own) + ")";
    return jdbc.sql(
            "select * from application_feed where "
                + where
                + (hidden.isEmpty() ? "" : " and application_ref not in (:hidden)")
                + " order by id desc limit :limit")
        .params(feedParams(scope, hidden, limit))
        .query(FeedItem.class)
        .list();
  }

  private static Map<String, Object> feedParams(
      ApplicationPolicy.Scope scope, Set<String> hidden, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("brs", scope.factoryBrs());
    params.put("provider", scope.providerCode());
    params.put("hidden", hidden);
    params.put("limit", limit);
    return params;
  }
}
