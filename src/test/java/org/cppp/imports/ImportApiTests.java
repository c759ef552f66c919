package org.cppp.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.identity.Role;
import org.cppp.outreach.OutreachFigures;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ImportApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Budget budget;
  @Autowired AuditTrail audit;
  @Autowired OutreachFigures outreach;

  String officer;

  @BeforeEach
  void officer() {
    officer = accounts.create(Role.OFFICER);
  }

  static String br() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  ResultActions importing(String dataset, String csv) throws Exception {
    return mvc.perform(
        post("/api/imports/" + dataset)
            .with(accounts.api(officer))
            .contentType("text/csv")
            .content(csv));
  }

  void importsTwice(String dataset, String csv, int rows) throws Exception {
    importing(dataset, csv)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(rows))
        .andExpect(jsonPath("$.errors", hasSize(0)));
    importing(dataset, csv).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(0));
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void importsFactoriesOnceWhateverTheColumnOrder() throws Exception {
    String a = br();
    String b = br();
    String csv =
        "sector,br_number,name_en,name_zh,hk_owned,city,registered_on\n"
            + "TEXTILES,"
            + a
            + ",Alpha Dyeing,甲染廠,true,DONGGUAN,2009-03-01\n"
            + "furniture,"
            + b
            + ",\"Beta Furniture, Ltd\",,false,shenzhen,\n";
    long before = count("factory");
    importsTwice("factories", csv, 2);
    assertThat(count("factory")).isEqualTo(before + 2);
    assertThat(
            jdbc.sql("select name_en from factory where br_number = ?")
                .param(b)
                .query(String.class)
                .single())
        .isEqualTo("Beta Furniture, Ltd");
  }

  @Test
  void importsProvidersWithTheirRemoval() throws Exception {
    String hk = "P" + unique();
    String prd = "Q" + unique();
    String csv =
        "code,name,base,gdeic_registration_no,gdeic_valid_until,joined_on,removed_on,removal_reason\n"
            + hk
            + ",Hong Kong Energy,HONG_KONG,,,2008-05-01,2011-01-31,Left the trade\n"
            + prd
            + ",Dongguan Clean,PRD,GD-123,2030-12-31,2009-01-01,,\n";
    importsTwice("providers", csv, 2);
    assertThat(
            jdbc.sql("select count(*) from provider where code in (?, ?)")
                .params(hk, prd)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void importsApplicationsAsHistoricalDecisionsCommittingTheApprovedShare() throws Exception {
    String factory = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String approved = "L" + unique();
    String pending = "L" + unique();
    String csv =
        "reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status,decided_on,technology\n"
            + approved
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ","
            + provider
            + ",24000.50,2010-04-12,APPROVED,2010-06-01,\n"
            + pending
            + ",DEMONSTRATION_PROJECT,"
            + factory
            + ",,500000,2011-02-01,SUBMITTED,,ENERGY_SAVING\n";
    importsTwice("applications", csv, 2);
    var entries = SystemActor.call(() -> budget.entriesFor(approved));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.COMMIT);
              assertThat(e.amountHkd()).isEqualByComparingTo("12000.25");
              assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2010, 6, 1));
            });
    assertThat(SystemActor.call(() -> budget.entriesFor(pending))).isEmpty();
  }

  @Test
  void importsActivitiesPublicationsAndRecognitions() throws Exception {
    String title = "Legacy seminar " + unique();
    importsTwice(
        "activities",
        "held_on,type,title,city,participants,visitors\n"
            + "2031-05-01,SEMINAR,"
            + title
            + ",HONG_KONG,120,\n"
            + "2031-05-02,EXHIBITION,"
            + title
            + ",HONG_KONG,,1800\n",
        2);
    importsTwice(
        "publications",
        "title,kind,topic,status,published_on\n"
            + "Guide "
            + unique()
            + ",INDUSTRY,Printing,PUBLISHED,2011-03-01\n"
            + "Guide "
            + unique()
            + ",TOPIC,Boilers,IN_PREPARATION,\n",
        2);
    int year = ThreadLocalRandom.current().nextInt(2100, 2999);
    importsTwice(
        "recognitions",
        "cycle,category,name\n"
            + year
            + ",MANUFACTURING_ENTERPRISE,\"Name Co., Ltd\"\n"
            + year
            + ",MANUFACTURING_ENTERPRISE,Other Works\n",
        2);
  }

  @Test
  void importsSiteVisitsWithOrWithoutTheirProjectAndTheReportCountsBoth() throws Exception {
    int year = 2032;
    String title = "Legacy visit " + unique();
    importsTwice(
        "activities",
        "held_on,type,title,city,participants,project_reference\n"
            + year
            + "-05-01,SITE_VISIT,"
            + title
            + ",DONGGUAN,25,APP-2010-00012\n"
            + year
            + "-06-01,SITE_VISIT,"
            + title
            + ",DONGGUAN,30,\n",
        2);
    assertThat(
            jdbc.sql(
                    "select coalesce(application_ref, 'unlinked') from outreach_activity"
                        + " where title_en = ? order by held_on")
                .param(title)
                .query(String.class)
                .list())
        .containsExactly("APP-2010-00012", "unlinked");
    var figures =
        SystemActor.call(
            () -> outreach.awareness(FinancialYear.of(year), LocalDate.of(year + 1, 3, 31)));
    assertThat(figures.siteVisitsInYear()).isEqualTo(2);

    importing(
            "activities",
            "held_on,type,title,city,participants,project_reference\n"
                + year
                + "-07-01,SEMINAR,Seminar "
                + unique()
                + ",DONGGUAN,25,APP-2010-00012\n"
                + year
                + "-07-02,SITE_VISIT,Visit "
                + unique()
                + ",DONGGUAN,25,<script>\n")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].column").value("project_reference"))
        .andExpect(jsonPath("$.errors[1].column").value("project_reference"));
  }

  @Test
  void importsMeetingsAsHeld() throws Exception {
    String title = "Legacy PMC meeting " + unique();
    importsTwice(
        "meetings", "held_on,title\n2010-06-15," + title + "\n2010-09-15," + title + "\n", 2);
    assertThat(
            jdbc.sql("select status from committee_meeting where title = ? order by meeting_date")
                .param(title)
                .query(String.class)
                .list())
        .containsExactly("HELD", "HELD");
  }

  @Test
  void badRowsAreAllReportedAndNothingIsSaved() throws Exception {
    String factory = fixtures.eligibleFactory();
    String dup = "D" + unique();
    String good = "G" + unique();
    String csv =
        "reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status,decided_on,technology\n"
            + good
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,2010-04-12,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",NO_SUCH_SCHEME,"
            + factory
            + ",,1000,2010-04-12,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,2010-13-45,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,-5,2010-04-12,SUBMITTED,,\n"
            + dup
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,2010-04-12,SUBMITTED,,\n"
            + dup
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,2010-04-12,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + br()
            + ",NOPE-1,1000,2010-04-12,SUBMITTED,,\n";
    long applications = count("funding_application");
    long entries = count("budget_entry");
    importing("applications", csv)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("scheme"))
        .andExpect(jsonPath("$.errors[1].row").value(3))
        .andExpect(jsonPath("$.errors[1].column").value("submitted_on"))
        .andExpect(jsonPath("$.errors[2].row").value(4))
        .andExpect(jsonPath("$.errors[2].column").value("total_cost_hkd"))
        .andExpect(jsonPath("$.errors[3].row").value(6))
        .andExpect(jsonPath("$.errors[3].column").value("reference"))
        .andExpect(jsonPath("$.errors[4].row").value(7))
        .andExpect(jsonPath("$.errors[4].column").value("br_number"))
        .andExpect(jsonPath("$.errors[5].row").value(7))
        .andExpect(jsonPath("$.errors[5].column").value("provider_code"))
        .andExpect(jsonPath("$.errors", hasSize(6)));
    assertThat(count("funding_application")).isEqualTo(applications);
    assertThat(count("budget_entry")).isEqualTo(entries);
    assertThat(SystemActor.call(() -> audit.recent("import", 1)))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("REJECTED"));
  }

  @Test
  void exponentAmountsAndImplausibleDatesAreRefusedByTheSameParserAsThePages() throws Exception {
    String factory = fixtures.eligibleFactory();
    String header =
        "reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status,decided_on,technology\n";
    String csv =
        header
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1E+1000000,2010-04-12,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000.005,2010-04-12,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,+57056-12-19,SUBMITTED,,\n"
            + "X"
            + unique()
            + ",ON_SITE_ASSESSMENT,"
            + factory
            + ",,1000,2001-04-12,SUBMITTED,,\n";
    importing("applications", csv)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[0].column").value("total_cost_hkd"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("is not a number")))
        .andExpect(jsonPath("$.errors[1].column").value("total_cost_hkd"))
        .andExpect(jsonPath("$.errors[1].message").value(containsString("two decimals")))
        .andExpect(jsonPath("$.errors[2].column").value("submitted_on"))
        .andExpect(jsonPath("$.errors[3].column").value("submitted_on"))
        .andExpect(jsonPath("$.errors[3].message").value(containsString("programme period")))
        .andExpect(jsonPath("$.errors", hasSize(4)));
  }

  @Test
  void aMissingColumnIsNamedOnTheHeaderRow() throws Exception {
    long factories = count("factory");
    importing("factories", "br_number,name_en,hk_owned,city\n" + br() + ",A,true,DONGGUAN\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(0))
        .andExpect(jsonPath("$.errors[0].column").value("sector"));
    assertThat(count("factory")).isEqualTo(factories);
  }

  @Test
  void aDuplicateInsideAFileAndABadCodeSaveNothing() throws Exception {
    String a = br();
    long factories = count("factory");
    importing(
            "factories",
            "br_number,name_en,hk_owned,city,sector\n"
                + br()
                + ",Fine,true,DONGGUAN,TEXTILES\n"
                + a
                + ",One,true,DONGGUAN,TEXTILES\n"
                + a
                + ",Two,maybe,ATLANTIS,TEXTILES\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("hk_owned"))
        .andExpect(jsonPath("$.errors[1].column").value("city"));
    importing(
            "factories",
            "br_number,name_en,hk_owned,city,sector\n"
                + a
                + ",One,true,DONGGUAN,TEXTILES\n"
                + a
                + ",Two,true,DONGGUAN,TEXTILES\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("br_number"));
    assertThat(count("factory")).isEqualTo(factories);
  }

  @Test
  void aStrayQuoteInTheHeaderIsAMistakeNamingItsColumnLikeOneInARow() throws Exception {
    long factories = count("factory");
    String rows = br() + ",A,true,DONGGUAN,TEXTILES\n";
    importing("factories", "\"br_number\"x,name_en,hk_owned,city,sector\n" + rows)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].row").value(0))
        .andExpect(jsonPath("$.errors[0].column").value("\"br_number\"x"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("header row")));
    importing("factories", "br_number,name_en,hk_owned,\"city\"x,sector\n" + rows)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("\"city\"x"));
    importing("factories", "br_number,name_en,hk_owned,city,sector\n\"" + br() + "\"x,A,true,,\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(1));
    assertThat(count("factory")).isEqualTo(factories);
  }

  @Test
  void aControlCharacterInATextColumnIsAMistakeOfItsRow() throws Exception {
    long factories = count("factory");
    importing(
            "factories",
            "br_number,name_en,hk_owned,city,sector\n"
                + br()
                + ",Nul\u0000Dyeing,true,DONGGUAN,TEXTILES\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(1))
        .andExpect(jsonPath("$.errors[0].column").value("name_en"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
    assertThat(count("factory")).isEqualTo(factories);
  }

  @Test
  void aFileSentAsPlainTextIsRefusedAsTheWrongType() throws Exception {
    long factories = count("factory");
    mvc.perform(
            post("/api/imports/factories")
                .with(accounts.api(officer))
                .contentType("text/plain")
                .content(
                    "br_number,name_en,hk_owned,city,sector\n"
                        + br()
                        + ",A,true,DONGGUAN,TEXTILES\n"))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(count("factory")).isEqualTo(factories);
  }

  @Test
  void aFileUploadedAsAMultipartFormIsImported() throws Exception {
    String a = br();
    String csv =
        "br_number,name_en,hk_owned,city,sector\n" + a + ",Uploaded,true,DONGGUAN,TEXTILES\n";
    mvc.perform(
            multipart("/api/imports/factories")
                .file(
                    new MockMultipartFile("file", "factories.csv", "text/csv", csv.getBytes(UTF_8)))
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(1));
    assertThat(
            jdbc.sql("select name_en from factory where br_number = ?")
                .param(a)
                .query(String.class)
                .single())
        .isEqualTo("Uploaded");
  }

  @Test
  void anUnknownDatasetIsNotFound() throws Exception {
    importing("spaceships", "a,b\n1,2\n").andExpect(status().isNotFound());
  }

  @Test
  void applicantsMayNotImport() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            post("/api/imports/factories")
                .with(accounts.api(applicant))
                .contentType("text/csv")
                .content("br_number\n"))
        .andExpect(status().isForbidden());
  }
}
