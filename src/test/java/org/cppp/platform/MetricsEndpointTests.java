package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MetricsEndpointTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void anonymousClientsAreAskedToSignIn() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
  }

  @Test
  void usersWithoutTheMetricsRoleAreRefused() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/actuator/prometheus").with(accounts.api(officer)))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdministratorReadsTheBusinessGaugesAndTheRequestTimings() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(get("/login")).andExpect(status().isOk());
    String body =
        mvc.perform(get("/actuator/prometheus").with(accounts.api(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .contains("cppp_applications{status=\"APPROVED\"}")
        .contains("cppp_applications_overdue ")
        .contains("cppp_budget_hkd{account=\"CPPP\",figure=\"available\"}")
        .contains("cppp_budget_hkd{account=\"CPPP\",figure=\"committed\"}")
        .contains("cppp_mail_outbox{state=\"pending\"}")
        .contains("cppp_mail_outbox{state=\"failed\"}")
        .contains("cppp_jobs{kind=\"report\",state=\"running\"}")
        .contains("cppp_jobs{kind=\"import\",state=\"running\"}")
        .contains("hikaricp_connections_active")
        .containsPattern("http_server_requests_seconds_count\\{.*uri=\"/login\"");
  }
}
