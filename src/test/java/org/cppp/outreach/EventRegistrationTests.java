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
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EventRegistrationTests {

  @Autowired Activities activities;
  @Autowired EventRegistrations events;
  @Autowired JdbcClient jdbc;

  @Test
  void registrationsBeyondCapacityGoToTheWaitingList() {
    long id = OutreachFixtures.upcoming(activities, 2);
    RegistrationResult first = events.register(id, OutreachFixtures.visitor("Ann"), Locale.ENGLISH);
    RegistrationResult second =
        events.register(id, OutreachFixtures.visitor("Ben"), Locale.ENGLISH);
    RegistrationResult third = events.register(id, OutreachFixtures.visitor("Cat"), Locale.ENGLISH);

    assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(second.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(third.status()).isEqualTo(RegistrationStatus.WAITING);
    assertThat(events.activity(id).full()).isTrue();
    assertThat(first.token()).hasSizeGreaterThanOrEqualTo(30).isNotEqualTo(second.token());
  }

  @Test
  void aConfirmationMailCarriesTheCancelLink() {
    long id = OutreachFixtures.upcoming(activities, 5);
    NewRegistration visitor = OutreachFixtures.visitor("Dora");
    RegistrationResult result = events.register(id, visitor, Locale.forLanguageTag("zh-HK"));

    String body =
        jdbc.sql("select body from outreach_mail where recipient = ?")
            .param(visitor.email())
            .query(String.class)
            .single();
    assertThat(body).contains("/events/registrations/" + result.token() + "/cancel").contains("您好");
  }

  @Test
  void cancellingASeatPromotesTheFirstOnTheWaitingListAndTellsThem() {
    long id = OutreachFixtures.upcoming(activities, 1);
    RegistrationResult seated =
        events.register(id, OutreachFixtures.visitor("Eve"), Locale.ENGLISH);
    NewRegistration firstWaiting = OutreachFixtures.visitor("Fay");
    RegistrationResult waiting1 = events.register(id, firstWaiting, Locale.ENGLISH);
    RegistrationResult waiting2 =
        events.register(id, OutreachFixtures.visitor("Gus"), Locale.ENGLISH);

    events.cancel(seated.token());

    assertThat(events.registration(seated.token()).status())
        .isEqualTo(RegistrationStatus.CANCELLED);
    assertThat(events.registration(waiting1.token()).status())
        .isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(events.registration(waiting2.token()).status())
        .isEqualTo(RegistrationStatus.WAITING);
    assertThat(
            jdbc.sql("select subject from outreach_mail where recipient = ? order by id")
                .param(firstWaiting.email())
                .query(String.class)
                .list())
        .hasSize(2)
        .last()
        .asString()
        .startsWith("A seat is now yours");
  }

  @Test
  void cancellingTwiceIsHarmless() {
    long id = OutreachFixtures.upcoming(activities, 1);
    RegistrationResult seated =
        events.register(id, OutreachFixtures.visitor("Hal"), Locale.ENGLISH);
    events.cancel(seated.token());
    assertThat(events.cancel(seated.token()).status()).isEqualTo(RegistrationStatus.CANCELLED);
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
            OutreachFixtures.activity(
                ActivityType.WORKSHOP, java.time.LocalDate.now().plusDays(3), 10, false));
    assertThatThrownBy(() -> events.register(id, OutreachFixtures.visitor("Jon"), Locale.ENGLISH))
        .isInstanceOf(org.cppp.shared.NotFoundException.class);
  }

  @Test
  void twoVisitorsTakingTheLastSeatAtOnceDoNotBothGetIt() throws Exception {
    long id = OutreachFixtures.upcoming(activities, 1);
    int visitors = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(visitors);
    try {
      List<Future<RegistrationResult>> results = new ArrayList<>();
      for (int i = 0; i < visitors; i++) {
        NewRegistration visitor = OutreachFixtures.visitor("Racer" + i);
        Callable<RegistrationResult> task =
            () -> {
              start.await();
              return events.register(id, visitor, Locale.ENGLISH);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      long seated = 0;
      for (Future<RegistrationResult> result : results) {
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
