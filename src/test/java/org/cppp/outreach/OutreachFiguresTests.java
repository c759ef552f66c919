package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures per financial year and since the launch. The activities here are held in 1960-1962 (no
 * other test uses those years), so the counts are exact.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutreachFiguresTests {

  static final FinancialYear FY1960 = FinancialYear.of(1960);
  static final FinancialYear FY1961 = FinancialYear.of(1961);

  @Autowired Activities activities;
  @Autowired Publications publications;
  @Autowired OutreachFigures figures;
  @Autowired Registrations registrations;
  @Autowired EventRegistrations events;

  @BeforeAll
  void programme() {
    SystemActor.run(
        () -> {
          // FY1960: two seminars recorded after the fact (120 + 80), one exhibition, one site
          // visit.
          recorded(ActivityType.SEMINAR, LocalDate.of(1960, 5, 10), 120, null);
          recorded(ActivityType.BRIEFING, LocalDate.of(1961, 3, 31), 80, null);
          recorded(ActivityType.EXHIBITION, LocalDate.of(1960, 11, 1), null, 900);
          recorded(ActivityType.SITE_VISIT, LocalDate.of(1960, 12, 1), 25, null);
          // FY1961: a workshop whose attendance (3) overrides its recorded count, a later one.
          long workshop = recorded(ActivityType.WORKSHOP, LocalDate.of(1961, 4, 1), 50, null);
          activities.importAttendance(
              workshop, "email,name\na@example.com,A\nb@example.com,B\nc@example.com,C\n");
          recorded(ActivityType.EXHIBITION, LocalDate.of(1961, 6, 1), null, 700);
          recorded(ActivityType.EXHIBITION, LocalDate.of(1962, 1, 15), null, 300);
          recorded(ActivityType.CONFERENCE, LocalDate.of(1962, 2, 1), 40, null);
          guidebook(GuidebookStatus.PUBLISHED, LocalDate.of(1960, 6, 1));
          guidebook(GuidebookStatus.PUBLISHED, LocalDate.of(1961, 8, 1));
          guidebook(GuidebookStatus.PUBLISHED, LocalDate.of(1962, 2, 1));
        });
  }

  @Test
  void countsActivitiesAndParticipantsInTheYearWithoutExhibitionsAndSiteVisits() {
    AwarenessFigures f = as(FY1960, LocalDate.of(1961, 3, 31));
    assertThat(f.activitiesInYear()).isEqualTo(2);
    assertThat(f.participantsInYear()).isEqualTo(200);
    assertThat(f.exhibitionsInYear()).isEqualTo(1);
    assertThat(f.visitorsInYear()).isEqualTo(900);
    assertThat(f.siteVisitsInYear()).isEqualTo(1);
    assertThat(f.activitiesCumulative()).isEqualTo(2);
    assertThat(f.participantsCumulative()).isEqualTo(200);
  }

  @Test
  void participantsComeFromAttendanceWhenTakenAndAccumulateSinceTheLaunch() {
    AwarenessFigures f = as(FY1961, LocalDate.of(1962, 3, 31));
    assertThat(f.activitiesInYear()).isEqualTo(2);
    assertThat(f.participantsInYear()).isEqualTo(3 + 40);
    assertThat(f.exhibitionsInYear()).isEqualTo(2);
    assertThat(f.visitorsInYear()).isEqualTo(1000);
    assertThat(f.siteVisitsInYear()).isZero();
    assertThat(f.activitiesCumulative()).isEqualTo(4);
    assertThat(f.participantsCumulative()).isEqualTo(200 + 43);
  }

  @Test
  void onlyActivitiesHeldByTheAsAtDateCount() {
    AwarenessFigures f = as(FY1961, LocalDate.of(1961, 12, 31));
    assertThat(f.activitiesInYear()).isEqualTo(1);
    assertThat(f.participantsInYear()).isEqualTo(3);
    assertThat(f.exhibitionsInYear()).isEqualTo(1);
    assertThat(f.visitorsInYear()).isEqualTo(700);
    assertThat(f.activitiesCumulative()).isEqualTo(3);
  }

  @Test
  void guidebooksPublishedInTheYearAndInPreparationAsAtADate() {
    GuidebookFigures early =
        SystemActor.call(() -> figures.guidebooks(FY1961, LocalDate.of(1961, 12, 31)));
    assertThat(early.publishedInYear()).isEqualTo(1);
    assertThat(early.publishedCumulative()).isEqualTo(2);
    GuidebookFigures late =
        SystemActor.call(() -> figures.guidebooks(FY1961, LocalDate.of(1962, 3, 31)));
    assertThat(late.publishedInYear()).isEqualTo(2);
    assertThat(late.publishedCumulative()).isEqualTo(3);
    assertThat(late.inPreparation() + 1).isEqualTo(early.inPreparation());
  }

  @Test
  void guidebooksInPreparationAreCounted() {
    long before =
        SystemActor.call(() -> figures.guidebooks(FY1961, LocalDate.of(1962, 3, 31)))
            .inPreparation();
    SystemActor.run(() -> guidebook(GuidebookStatus.IN_PREPARATION, null));
    long after =
        SystemActor.call(() -> figures.guidebooks(FY1961, LocalDate.of(1962, 3, 31)))
            .inPreparation();
    assertThat(after).isEqualTo(before + 1);
  }

  @Test
  void attendanceTickListCountsOnlyTicked() {
    long id = OutreachFixtures.upcoming(activities, null);
    for (String name : List.of("Kim", "Lee", "Mo")) {
      events.register(id, OutreachFixtures.visitor(name), Locale.ENGLISH);
    }
    SystemActor.run(
        () -> {
          List<Long> ids =
              registrations.findByActivityIdOrderByRegisteredAtAscIdAsc(id).stream()
                  .map(Registration::id)
                  .toList();
          assertThat(activities.markAttendance(id, Set.of(ids.get(0), ids.get(2)))).isEqualTo(2);
          assertThat(activities.markAttendance(id, Set.of(ids.get(0)))).isEqualTo(1);
          assertThat(activities.get(id).participants()).isEqualTo(1);
        });
  }

  private AwarenessFigures as(FinancialYear year, LocalDate asAt) {
    return SystemActor.call(() -> figures.awareness(year, asAt));
  }

  private long recorded(
      ActivityType type, LocalDate heldOn, Integer participants, Integer visitors) {
    ActivityCommand base = OutreachFixtures.activity(type, heldOn, null, false);
    return activities
        .create(
            new ActivityCommand(
                type,
                base.titleEn(),
                base.titleZh(),
                null,
                heldOn,
                null,
                "HONG_KONG",
                null,
                List.of(),
                null,
                false,
                false,
                participants,
                visitors,
                base.applicationRef()))
        .id();
  }

  private void guidebook(GuidebookStatus status, LocalDate publishedOn) {
    publications.create(
        new GuidebookCommand(
            "Guide", "指南", "指南", GuidebookKind.INDUSTRY, "printing", status, publishedOn));
  }
}
