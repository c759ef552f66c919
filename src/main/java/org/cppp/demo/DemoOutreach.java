package org.cppp.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.funding.Scheme;
import org.cppp.outreach.Activities;
import org.cppp.outreach.ActivityCommand;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.CoOrganiser;
import org.cppp.outreach.CoOrganiserKind;
import org.cppp.outreach.GuidebookCommand;
import org.cppp.outreach.GuidebookKind;
import org.cppp.outreach.GuidebookStatus;
import org.cppp.outreach.Publications;
import org.cppp.outreach.Stories;
import org.cppp.outreach.StoryCommand;
import org.cppp.recognition.CycleAction;
import org.cppp.recognition.NewCycle;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionNominations;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo's outreach and recognition: awareness activities, exhibitions and site visits with the
 * seed paper's counts (paragraphs 9-10), its guidebooks, success stories, a few upcoming events,
 * and the 2011 Cleaner Production Partners (paragraph 16).
 */
@Component
class DemoOutreach {

  static final String[] CITIES = {
    "HONG_KONG", "SHENZHEN", "DONGGUAN", "GUANGZHOU", "FOSHAN", "HUIZHOU", "ZHONGSHAN", "JIANGMEN"
  };
  static final ActivityType[] AWARENESS = {
    ActivityType.SEMINAR, ActivityType.WORKSHOP, ActivityType.BRIEFING,
    ActivityType.FACTORY_VISIT, ActivityType.STUDY_MISSION, ActivityType.CONFERENCE
  };
  static final List<CoOrganiser> ORGANISERS =
      List.of(
          new CoOrganiser("Federation of Hong Kong Industries", CoOrganiserKind.TRADE_ASSOCIATION),
          new CoOrganiser(
              "Dongguan Economic and Information Bureau", CoOrganiserKind.MUNICIPAL_AUTHORITY));

  private final Activities activities;
  private final Publications publications;
  private final Stories stories;
  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;
  private final FundingApplications applications;
  private final Clock clock;

  DemoOutreach(
      Activities activities,
      Publications publications,
      Stories stories,
      RecognitionCycles cycles,
      RecognitionNominations nominations,
      FundingApplications applications,
      Clock clock) {
    this.activities = activities;
    this.publications = publications;
    this.stories = stories;
    this.cycles = cycles;
    this.nominations = nominations;
    this.applications = applications;
    this.clock = clock;
  }

  void seed(Random random) {
    for (OutreachSeed.AwarenessYear year : OutreachSeed.AWARENESS) {
      awareness(year, random);
    }
    List<String> demonstrations = completedDemonstrations();
    exhibitionsAndSiteVisits(demonstrations, random);
    guidebooks();
    stories(demonstrations);
    upcoming();
    recognition();
  }

  private void awareness(OutreachSeed.AwarenessYear year, Random random) {
    FinancialYear fy = FinancialYear.of(year.startYear());
    int[] participants = split(year.participants(), year.activities(), random);
    for (int i = 0; i < year.activities(); i++) {
      ActivityType type = AWARENESS[i % AWARENESS.length];
      LocalDate day = fy.start().plusDays(3 + (long) i * 360 / year.activities());
      String[] topic = OutreachSeed.TOPICS[i % OutreachSeed.TOPICS.length];
      activities.create(
          new ActivityCommand(
              type,
              topic[0],
              topic[1],
              "",
              day,
              LocalTime.of(14, 30),
              CITIES[i % CITIES.length],
              "Venue " + (i + 1),
              ORGANISERS,
              null,
              false,
              true,
              participants[i],
              null,
              null));
    }
  }

  private void exhibitionsAndSiteVisits(List<String> demonstrations, Random random) {
    FinancialYear year = FinancialYear.of(2011);
    int[] visitors =
        split(OutreachSeed.EXHIBITION_VISITORS_2011, OutreachSeed.EXHIBITIONS_2011, random);
    for (int i = 0; i < OutreachSeed.EXHIBITIONS_2011; i++) {
      activities.create(
          new ActivityCommand(
              ActivityType.EXHIBITION,
              "Eco Expo Asia: the CPPP booth",
              "國際環保博覽：清潔生產伙伴計劃展位",
              "",
              year.start().plusMonths(6 + 3L * i),
              null,
              "HONG_KONG",
              "AsiaWorld-Expo",
              ORGANISERS,
              null,
              false,
              true,
              null,
              visitors[i],
              null));
    }
    for (int i = 0; i < OutreachSeed.SITE_VISITS_2011; i++) {
      String ref = demonstrations.get(i % demonstrations.size());
      activities.create(
          new ActivityCommand(
              ActivityType.SITE_VISIT,
              "Site visit to demonstration project " + ref,
              "示範項目 " + ref + " 實地考察",
              "",
              year.start().plusDays(10 + i * 14L),
              null,
              CITIES[1 + i % (CITIES.length - 1)],
              "The factory",
              ORGANISERS,
              null,
              false,
              true,
              20 + random.nextInt(20),
              null,
              ref));
    }
  }

  private void guidebooks() {
    LocalDate first = FinancialYear.of(2011).start();
    for (int i = 0; i < OutreachSeed.GUIDEBOOKS_PUBLISHED_2011.length; i++) {
      String[] g = OutreachSeed.GUIDEBOOKS_PUBLISHED_2011[i];
      publications.create(
          new GuidebookCommand(
              g[0],
              g[1],
              g[2],
              GuidebookKind.valueOf(g[3]),
              g[4],
              GuidebookStatus.PUBLISHED,
              first.plusMonths(2 + 3L * i)));
    }
    for (String[] g : OutreachSeed.GUIDEBOOKS_IN_PREPARATION) {
      publications.create(
          new GuidebookCommand(
              g[0],
              g[1],
              g[2],
              GuidebookKind.valueOf(g[3]),
              g[4],
              GuidebookStatus.IN_PREPARATION,
              null));
    }
  }

  /** Each story tells of a completed project of its own technology. */
  private void stories(List<String> demonstrations) {
    for (int i = 0; i < OutreachSeed.STORIES.length; i++) {
      String[] s = OutreachSeed.STORIES[i];
      TechnologyCategory technology = OutreachSeed.STORY_TECHNOLOGIES[i];
      ApplicationView project =
          demonstrations.stream()
              .map(applications::get)
              .filter(p -> p.technology() == technology)
              .findFirst()
              .orElse(null);
      if (project == null) {
        continue;
      }
      stories.create(
          new StoryCommand(
              project.reference(),
              project.technology(),
              s[0],
              s[1],
              s[2],
              s[3],
              s[4],
              s[5],
              s[6],
              true));
    }
  }

  private void upcoming() {
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < OutreachSeed.UPCOMING.length; i++) {
      String[] e = OutreachSeed.UPCOMING[i];
      activities.create(
          new ActivityCommand(
              ActivityType.valueOf(e[0]),
              e[1],
              e[2],
              e[3],
              today.plusDays(14 + 21L * i),
              LocalTime.of(14, 30),
              e[4],
              e[5],
              ORGANISERS,
              60,
              true,
              true,
              null,
              null,
              null));
    }
  }

  private void recognition() {
    int year = OutreachSeed.RECOGNITION_CYCLE;
    cycles.create(
        new NewCycle(
            year,
            "Hong Kong - Guangdong Cleaner Production Partners " + year,
            LocalDate.of(year, 8, 1),
            LocalDate.of(year, 10, 31),
            null,
            null));
    cycles.transition(year, CycleAction.OPEN);
    StringBuilder lines = new StringBuilder();
    OutreachSeed.RECOGNISED_2011.forEach(
        (category, count) -> {
          for (int i = 1; i <= count; i++) {
            lines
                .append(OutreachSeed.partnerName(category, i))
                .append(", ")
                .append(category)
                .append('\n');
          }
        });
    nominations.addRecognised(year, lines.toString());
    cycles.transition(year, CycleAction.CLOSE);
    cycles.transition(year, CycleAction.PUBLISH);
  }

  private List<String> completedDemonstrations() {
    ApplicationQuery completed =
        new ApplicationQuery(
            Scheme.DEMONSTRATION_PROJECT,
            ApplicationStatus.COMPLETED,
            null,
            null,
            null,
            null,
            null,
            null);
    List<String> refs = new ArrayList<>();
    applications
        .search(completed, PageRequest.of(0, 120, Sort.by("id")))
        .forEach(a -> refs.add(a.reference()));
    return refs;
  }

  /** Splits a total into {@code parts} positive whole numbers that add up to it exactly. */
  static int[] split(int total, int parts, Random random) {
    int[] shares = new int[parts];
    int base = total / parts;
    int left = total - base * parts;
    for (int i = 0; i < parts; i++) {
      shares[i] = base + (i < left ? 1 : 0);
    }
    for (int i = 0; i + 1 < parts; i += 2) {
      int shift = random.nextInt(Math.max(1, base / 3));
      shares[i] += shift;
      shares[i + 1] -= shift;
    }
    return shares;
  }
}
