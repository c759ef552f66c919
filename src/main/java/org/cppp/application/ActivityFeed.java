package org.cppp.application;

import java.util.List;
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

  void record(FundingApplication application) {
    jdbc.sql(
            "insert into application_feed (application_ref, factory_br, message_key, status, actor)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            application.reference(),
            application.factoryBr(),
            "feed.status." + application.status().name(),
            application.status().name(),
            CurrentUser.current().username())
        .update();
  }

  /**
   * The latest items the current user may see: their factory's, or all for staff; never those of
   * applications withheld from them ({@code hidden}, e.g. recusals), excluded in the query.
   */
  List<FeedItem> latest(CurrentUser user, Set<String> hidden, int limit) {
    if (!user.seesAllFactories() && user.factoryBr() == null) {
      return List.of();
    }
    String where = user.seesAllFactories() ? "true" : "factory_br = :br";
    return jdbc.sql(
            "select * from application_feed where "
                + where
                + (hidden.isEmpty() ? "" : " and application_ref not in (:hidden)")
                + " order by id desc limit :limit")
        .params(feedParams(user, hidden, limit))
        .query(FeedItem.class)
        .list();
  }

  private static java.util.Map<String, Object> feedParams(
      CurrentUser user, Set<String> hidden, int limit) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("br", user.factoryBr());
    params.put("hidden", hidden);
    params.put("limit", limit);
    return params;
  }
}
