package org.cppp.application;

import java.util.List;
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

  /** The latest items the current user may see: their factory's, or all for staff. */
  List<FeedItem> latest(CurrentUser user, int limit) {
    if (user.seesAllFactories()) {
      return jdbc.sql("select * from application_feed order by id desc limit ?")
          .param(limit)
          .query(FeedItem.class)
          .list();
    }
    if (user.factoryBr() == null) {
      return List.of();
    }
    return jdbc.sql("select * from application_feed where factory_br = ? order by id desc limit ?")
        .params(user.factoryBr(), limit)
        .query(FeedItem.class)
        .list();
  }
}
