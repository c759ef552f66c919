package org.cppp.support;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.IpmvpOption;
import org.cppp.verification.LegacyResults;
import org.cppp.verification.NewCase;
import org.cppp.verification.Period;
import org.cppp.verification.Region;
import org.cppp.verification.VerificationCases;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Completed demonstration projects in a sector and their verification cases signed by QA on a given
 * day, through the facades, for the tests of the outcomes, the import and the toolbox.
 */
public final class VerifiedProjects {

  /**
   * The hand case of {@code SavingsStatisticsTests} metered in LPG (kg): baseline January to April
   * 2008, reporting March and April 2009 (61 days), 2,600 kg avoided = 15,557.377 kg a year.
   */
  public static final String LPG_CSV =
      """
      from,to,LPG_KG,production_t
      2008-01-01,2008-01-31,3000,1
      2008-02-01,2008-02-29,5000,2
      2008-03-01,2008-03-31,8000,3
      2008-04-01,2008-04-30,8000,4
      2009-03-01,2009-03-31,4000,2
      2009-04-01,2009-04-30,9000,5
      """;

  public static final Period LPG_BASELINE =
      new Period(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 4, 30));
  public static final Period LPG_REPORTING =
      new Period(LocalDate.of(2009, 3, 1), LocalDate.of(2009, 4, 30));

  /** LPG avoided a year by the hand case, kg. */
  public static final double LPG_KG_PER_YEAR = 2600.0 * 365 / 61;

  private final Fixtures fixtures;
  private final HistoricalApplications history;
  private final VerificationCases cases;
  private final LegacyResults results;

  public VerifiedProjects(ApplicationContext context) {
    this.fixtures = context.getBean(Fixtures.class);
    this.history = context.getBean(HistoricalApplications.class);
    this.cases = context.getBean(VerificationCases.class);
    this.results = context.getBean(LegacyResults.class);
  }

  /** A completed demonstration project of a new factory in the sector; its reference. */
  public String completedProject(Sector sector, TechnologyCategory technology, String costHkd) {
    return completed(Scheme.DEMONSTRATION_PROJECT, sector, technology, costHkd);
  }

  /** A completed application of the scheme; its reference. */
  public String completed(
      Scheme scheme, Sector sector, TechnologyCategory technology, String costHkd) {
    String br = fixtures.factory(true, "DONGGUAN", sector);
    String provider = Scheme.VERIFICATION.equals(scheme) ? null : fixtures.registeredProvider();
    String ref = "VP-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    ref,
                    scheme,
                    br,
                    provider,
                    new BigDecimal(costHkd),
                    LocalDate.of(2008, 5, 2),
                    ApplicationStatus.COMPLETED,
                    LocalDate.of(2008, 6, 2),
                    technology,
                    "Tested improvement " + ref)));
    return ref;
  }

  /** Opens a case on the project with these readings and QA signs it on {@code signedOn}. */
  public long signed(
      String reference, String csv, Period baseline, Period reporting, LocalDate signedOn) {
    return signed(reference, null, null, csv, baseline, reporting, signedOn);
  }

  /**
   * Readings over the hand case's periods, for a measure of the category naming the technology
   * {@code code}, signed on the day.
   */
  public long signedNamed(
      String reference, TechnologyCategory measure, String code, String csv, LocalDate signedOn) {
    return signed(reference, measure, code, csv, LPG_BASELINE, LPG_REPORTING, signedOn);
  }

  /** The hand case in LPG on an application naming no technology, for a measure of this one. */
  public long signedLpg(String reference, TechnologyCategory measure, LocalDate signedOn) {
    return signed(reference, measure, null, LPG_CSV, LPG_BASELINE, LPG_REPORTING, signedOn);
  }

  private long signed(
      String reference,
      TechnologyCategory measure,
      String code,
      String csv,
      Period baseline,
      Period reporting,
      LocalDate signedOn) {
    long id =
        SystemActor.call(
            () -> {
              long opened =
                  cases
                      .open(
                          new NewCase(
                              reference,
                              IpmvpOption.B,
                              "Boiler house, LPG meter",
                              Region.GUANGDONG,
                              List.of("production_t"),
                              baseline,
                              reporting,
                              null,
                              measure == null
                                  ? null
                                  : List.of(
                                      new NewCase.MeasureInput(measure, "Tested measure", code))))
                      .id();
              cases.replaceReadings(opened, new StringReader(csv), ',');
              cases.submit(opened);
              return opened;
            });
    asQa(() -> results.signedOn(id, signedOn));
    return id;
  }

  /** The hand case in LPG, signed on the day. */
  public long signedLpg(String reference, LocalDate signedOn) {
    return signed(reference, LPG_CSV, LPG_BASELINE, LPG_REPORTING, signedOn);
  }

  /** Runs work as a QA officer. */
  public static <T> T asQa(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "qa-test", null, List.of(new SimpleGrantedAuthority("ROLE_QA"))));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
