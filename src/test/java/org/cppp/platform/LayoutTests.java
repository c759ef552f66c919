package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The layout every page shares: its landmarks, the navigation bar, the favicon. */
@IntegrationTest
class LayoutTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void everyPageHasExactlyOneMainLandmark() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    for (String path : new String[] {"/", "/events", "/login", "/funding/calculator"}) {
      assertThat(count(page(path, null), "<main")).as(path).isEqualTo(1);
    }
    assertThat(count(page("/dashboard", accounts.page(officer)), "<main")).isEqualTo(1);
  }

  @Test
  void theNavigationMarksTheCurrentPageAndOnlyIt() throws Exception {
    String events = page("/events", null);
    assertThat(events).containsPattern("<a[^>]*href=\"/events\"[^>]*aria-current=\"page\"");
    assertThat(count(events, "aria-current=\"page\"")).isEqualTo(2); // the bar and the footer
    assertThat(page("/providers/registered", null))
        .containsPattern("<a[^>]*href=\"/providers/registered\"[^>]*aria-current=\"page\"");
    assertThat(page("/", null)).doesNotContain("aria-current=\"page\"");
  }

  @Test
  void anOfficersNavigationFitsOneRowWithMenusForPagesUsedNowAndThen() throws Exception {
    RequestPostProcessor officer = accounts.page(accounts.create(Role.OFFICER));
    String dashboard = page("/dashboard", officer);
    String bar =
        dashboard.substring(
            dashboard.indexOf("navbar-nav"),
            dashboard.indexOf("</ul>\n        <div class=\"dropdown"));
    assertThat(count(bar, "<li class=\"nav-item")).isLessThanOrEqualTo(8);
    assertThat(bar)
        .contains(">Administration</button>")
        .contains("href=\"/imports\"")
        .contains("href=\"/site/account-requests\"");

    String imports = page("/imports", officer);
    assertThat(imports)
        .containsPattern("nav-link dropdown-toggle active\"[^>]*>Administration<")
        .containsPattern("<a[^>]*href=\"/imports\"[^>]*aria-current=\"page\"");
  }

  @Test
  void theFaviconIsServedToVisitorsWithoutASignIn() throws Exception {
    mvc.perform(get("/favicon.ico"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/x-icon"));
    mvc.perform(get("/img/favicon.svg"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    assertThat(page("/", null)).contains("rel=\"icon\" href=\"/img/favicon.svg\"");
  }

  private String page(String path, RequestPostProcessor user) throws Exception {
    var request = get(path);
    if (user != null) {
      request.with(user);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
