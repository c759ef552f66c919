package org.cppp.verification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A completed demonstration project with a factory and a provider, and cases on it. */
final class VerificationFixtures {

  /** The hand-computed case of {@link SavingsStatisticsTests}, as CSV. */
  static final String HAND_CSV =
      """
      from,to,ELECTRICITY_KWH,production_t
      2011-01-01,2011-01-31,3000,1
      2011-02-01,2011-02-28,5000,2
      2011-03-01,2011-03-31,8000,3
      2011-04-01,2011-04-30,8000,4
      2012-03-01,2012-03-31,4000,2
      2012-04-01,2012-04-30,9000,5
      """;

  record Project(String reference, String factoryBr, String providerCode) {}

  private VerificationFixtures() {}

  /** A JSON number near a value, whether JsonPath reads it as a double or a BigDecimal. */
  static org.hamcrest.Matcher<Object> near(double expected, double tolerance) {
    return new org.hamcrest.CustomTypeSafeMatcher<>(
        "a number within " + tolerance + " of " + expected) {
      @Override
      protected boolean matchesSafely(Object item) {
        return item instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
      }
    };
  }

  static Project completedProject(Fixtures fixtures, HistoricalApplications history) {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String ref = "VT-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    ref,
                    Scheme.DEMONSTRATION_PROJECT,
                    br,
                    provider,
                    new BigDecimal("200000.00"),
                    LocalDate.of(2010, 6, 1),
                    ApplicationStatus.COMPLETED,
                    LocalDate.of(2010, 8, 2),
                    TechnologyCategory.ENERGY_SAVING,
                    "Variable speed drives on air compressors")));
    return new Project(ref, br, provider);
  }

  /** Opens a case as this user with the hand case's periods (or the given reporting year). */
  static long open(MockMvc mvc, TestAccounts accounts, String user, Project p, String region)
      throws Exception {
    return open(
        mvc, accounts, user, p, region, "2011-01-01", "2011-04-30", "2012-03-01", "2012-04-30");
  }

  static long open(
      MockMvc mvc,
      TestAccounts accounts,
      String user,
      Project p,
      String region,
      String baselineFrom,
      String baselineTo,
      String reportingFrom,
      String reportingTo)
      throws Exception {
    String body =
        """
        {"application":"%s","option":"B","boundary":"Air compressor room, main meter M2",
         "region":"%s","variables":["production_t"],
         "baseline":{"from":"%s","to":"%s"},"reporting":{"from":"%s","to":"%s"}}
        """
            .formatted(p.reference(), region, baselineFrom, baselineTo, reportingFrom, reportingTo);
    String json =
        mvc.perform(
                post("/api/verifications")
                    .with(accounts.api(user))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  static void readings(
      MockMvc mvc, TestAccounts accounts, String user, long id, String csv, int expected)
      throws Exception {
    mvc.perform(
            put("/api/verifications/" + id + "/readings")
                .with(accounts.api(user))
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().is(expected));
  }
}
