package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EventRegistrationTests {

  @Autowired Activities activities;
  @Autowired EventRegistrations events;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  /** Registers and confirms by the mailed link, as a visitor would; the link's token. */
  String signUp(long id, NewRegistration visitor, Locale locale) {
    RegistrationResult result = events.register(id, visitor, locale);
    assertThat(result.status()).isEqualTo(RegistrationStatus.UNCONFIRMED);
    String token = tokenMailedTo(visitor.email());
    events.confirm(token);
    return token;
  }

  String tokenMailedTo(String email) {
    String body =
        jdbc.sql("select body from mail_outbox where recipient = ? order by id limit 1")
            .param(email)
            .query(String.class)
            .single();
    Matcher link = Pattern.compile("/events/registrations/([A-Za-z0-9_-]+)/confirm").matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  RegistrationStatus statusOf(String token) {
    return events.registration(token).status();
  }

  @Test
  void registrationsBeyondCapacityGoToTheWaitingList() {
    long id = OutreachFixtures.upcoming(activities, 2);
    String first = signUp(id, OutreachFixtures.visitor("Ann"), Locale.ENGLISH);
    String second = signUp(id, OutreachFixtures.visitor("Ben"), Locale.ENGLISH);
    String third = signUp(id, OutreachFixtures.visitor("Cat"), Locale.ENGLISH);

    assertThat(statusOf(first)).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(second)).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(third)).isEqualTo(RegistrationStatus.WAITING);
    assertThat(events.activity(id).full()).isTrue();
    assertThat(first).hasSizeGreaterThanOrEqualTo(30).isNotEqualTo(second);
  }

  @Test
  void aConfirmationMailCarriesTheCancelLink() {
    long id = OutreachFixtures.upcoming(activities, 5);
    NewRegistration visitor = OutreachFixtures.visitor("Dora");
    String token = signUp(id, visitor, Locale.forLanguageTag("zh-HK"));

    String body =
        jdbc.sql("select body from mail_outbox where recipient = ? order by id desc limit 1")
            .param(visitor.email())
            .query(String.class)
            .single();
    assertThat(body).contains("/events/registrations/" + token + "/cancel").contains("閣下");
  }

  @Test
  void cancellingASeatPromotesTheFirstOnTheWaitingListAndTellsThem() {
    long id = OutreachFixtures.upcoming(activities, 1);
    String seated = signUp(id, OutreachFixtures.visitor("Eve"), Locale.ENGLISH);
    NewRegistration firstWaiting = OutreachFixtures.visitor("Fay");
    String waiting1 = signUp(id, firstWaiting, Locale.ENGLISH);
    String waiting2 = signUp(id, OutreachFixtures.visitor("Gus"), Locale.ENGLISH);

    events.cancel(seated);

    assertThat(statusOf(seated)).isEqualTo(RegistrationStatus.CANCELLED);
    assertThat(statusOf(waiting1)).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(waiting2)).isEqualTo(RegistrationStatus.WAITING);
    assertThat(
            jdbc.sql("select subject from mail_outbox where recipient = ? order by id")
                .param(firstWaiting.email())
                .query(String.class)
                .list())
        .hasSize(3)
        .last()
        .asString()
        .startsWith("A seat is now yours");
  }

  @Test
  void cancellingTwiceIsHarmless() {
    long id = OutreachFixtures.upcoming(activities, 1);
    String seated = signUp(id, OutreachFixtures.visitor("Hal"), Locale.ENGLISH);
    events.cancel(seated);
    assertThat(events.cancel(seated).status()).isEqualTo(RegistrationStatus.CANCELLED);
  }

  @Test
  void theSameEmailCannotRegisterTwiceForTheSameActivity() {
    long id = OutreachFixtures.upcoming(activities, null);
    NewRegistration visitor = OutreachFixtures.visitor("Ivy");
    events.register(id, visitor, Locale.ENGLISH);
    NewRegistration again =
        new NewRegistration(
            "Ivy Again", null, null, visitor.email().toUpperCase(Locale.ROOT), null);

    assertThatThrownBy(() -> events.register(id, again, Locale.ENGLISH))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("outreach.registration.duplicate"));
  }

  @Test
  void anUnpublishedActivityTakesNoRegistration() {
    long id =
        OutreachFixtures.create(
            activities,
            OutreachFixtures.activity(ActivityType.WORKSHOP, clock.today().plusDays(3), 10, false));
    assertThatThrownBy(() -> events.register(id, OutreachFixtures.visitor("Jon"), Locale.ENGLISH))
        .isInstanceOf(org.cppp.shared.NotFoundException.class);
  }

  @Test
  void anUnconfirmedRegistrationHoldsNoSeatAndALateLinkExpiresIt() {
    long id = OutreachFixtures.upcoming(activities, 1);
    NewRegistration early = OutreachFixtures.visitor("Kim");
    events.register(id, early, Locale.ENGLISH);
    String lateToken = tokenMailedTo(early.email());
    String seated = signUp(id, OutreachFixtures.visitor("Lee"), Locale.ENGLISH);

    assertThat(statusOf(seated)).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(lateToken)).isEqualTo(RegistrationStatus.UNCONFIRMED);
    jdbc.sql(
            "update outreach_registration set registered_at = now() - interval '2 days'"
                + " where lower(email) = lower(?)")
        .param(early.email())
        .update();
    assertThat(events.confirm(lateToken).status()).isEqualTo(RegistrationStatus.EXPIRED);
    assertThat(org.cppp.platform.SystemActor.call(() -> activities.get(id)).waiting()).isZero();
    events.register(id, early, Locale.ENGLISH);
  }

  @Test
  void unconfirmedRegistrationsExpireInBulk() {
    long id = OutreachFixtures.upcoming(activities, 10);
    NewRegistration visitor = OutreachFixtures.visitor("Max");
    events.register(id, visitor, Locale.ENGLISH);
    String token = tokenMailedTo(visitor.email());
    jdbc.sql(
            "update outreach_registration set registered_at = now() - interval '2 days'"
                + " where lower(email) = lower(?)")
        .param(visitor.email())
        .update();
    assertThat(org.cppp.platform.SystemActor.call(events::expireUnconfirmed)).isPositive();
    assertThat(statusOf(token)).isEqualTo(RegistrationStatus.EXPIRED);
  }

  @Test
  void theMailsNeverOpenWithWhatTheVisitorTyped() {
    long id = OutreachFixtures.upcoming(activities, 10);
    String bait = "URGENT you won a prize claim at http://evil.example";
    NewRegistration visitor =
        new NewRegistration(
            bait, null, null, "bait-" + java.util.UUID.randomUUID() + "@example.com", null);
    String token = signUp(id, visitor, Locale.ENGLISH);
    List<String[]> mails =
        jdbc.sql("select subject, body from mail_outbox where recipient = ? order by id")
            .param(visitor.email())
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(mails).hasSize(2);
    for (String[] mail : mails) {
      assertThat(mail[0]).doesNotContain("evil");
      assertThat(mail[1].lines().limit(5)).noneMatch(line -> line.contains("evil"));
      String quoted = mail[1].substring(mail[1].indexOf("--- As entered on the registration form"));
      assertThat(quoted).contains(bait);
    }
    assertThat(mails.get(0)[1]).contains("/events/registrations/" + token + "/confirm");
  }

  @Test
  void twoVisitorsTakingTheLastSeatAtOnceDoNotBothGetIt() throws Exception {
    long id = OutreachFixtures.upcoming(activities, 1);
    int visitors = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(visitors);
    try {
      List<Future<PublicRegistration>> results = new ArrayList<>();
      for (int i = 0; i < visitors; i++) {
        NewRegistration visitor = OutreachFixtures.visitor("Racer" + i);
        events.register(id, visitor, Locale.ENGLISH);
        String token = tokenMailedTo(visitor.email());
        Callable<PublicRegistration> task =
            () -> {
              start.await();
              return events.confirm(token);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      long seated = 0;
      for (Future<PublicRegistration> result : results) {
        if (result.get().status() == RegistrationStatus.CONFIRMED) {
          seated++;
        }
      }
      assertThat(seated).isEqualTo(1);
      assertThat(org.cppp.platform.SystemActor.call(() -> activities.get(id)).confirmed())
          .isEqualTo(1);
      assertThat(org.cppp.platform.SystemActor.call(() -> activities.get(id)).waiting())
          .isEqualTo(visitors - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
