package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.support.ClientAddresses.anyAddress;
import static org.cppp.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cppp.identity.Role;
import org.cppp.platform.MailDispatcher;
import org.cppp.platform.PublicUrl;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CapturingMailer.Mail;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EnquiryAnswerMailTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired CapturingMailer mail;
  @Autowired MailDispatcher dispatcher;
  @Autowired PublicUrl publicUrl;
  @Autowired JdbcClient jdbc;

  @Test
  void aVisitorWhoAskedOnTheTraditionalChinesePageIsMailedTheAnswerInTraditionalChinese()
      throws Exception {
    String email = "visitor-" + UUID.randomUUID() + "@example.com";
    mvc.perform(
            post("/enquiry")
                .with(csrf())
                .with(from(anyAddress()))
                .param("lang", "zh-HK")
                .param("name", "陳小姐")
                .param("email", email)
                .param("topic", "資助")
                .param("message", "示範項目可資助多少？"))
        .andExpect(status().is3xxRedirection());
    long id = idOf(email);
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(
            post("/outreach/enquiries/" + id + "/answer")
                .with(csrf())
                .with(accounts.page(officer))
                .param("answer", "政府最多資助 160,000 港元。"))
        .andExpect(status().is3xxRedirection());

    Mail answer = mail.await(email, "第 " + id + " 號查詢");
    assertThat(answer.body())
        .contains("多謝閣下向清潔生產伙伴計劃查詢")
        .contains("政府最多資助 160,000 港元。")
        .contains(publicUrl.link("/enquiry"))
        .contains("示範項目可資助多少？");
    assertThat(publicUrl.link("/enquiry")).startsWith("http");
    dispatcher.dispatchDue();
    assertThat(mail.to(email)).as("one mail for one answer").hasSize(1);
  }

  @Test
  void anEnquiryLoggedInSimplifiedChineseIsAnsweredInSimplifiedChineseAndAPhoneOnlyOneIsNotMailed()
      throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String email = "caller-" + UUID.randomUUID() + "@example.com";
    long id = log(officer, "\"email\":\"" + email + "\",\"language\":\"ZH_CN\"");
    long phoneOnly = log(officer, "\"phone\":\"+852 2788 5678\"");

    answer(officer, id, "请先登记工厂。");
    answer(officer, phoneOnly, "Called back.");

    Mail answer = mail.await(email, "第 " + id + " 号查询");
    assertThat(answer.body()).contains("感谢您向清洁生产伙伴计划查询").contains("请先登记工厂。");
    assertThat(
            jdbc.sql("select count(*) from mail_outbox where body like ?")
                .param("%Called back.%")
                .query(Long.class)
                .single())
        .as("no address, no mail")
        .isZero();
  }

  private long log(String officer, String contact) throws Exception {
    String json =
        mvc.perform(
                post("/api/enquiries")
                    .with(accounts.api(officer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"channel\":\"PHONE\",\"topic\":\"Registration\",\"question\":\"How?\","
                            + contact
                            + "}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
  }

  private void answer(String officer, long id, String text) throws Exception {
    mvc.perform(
            post("/api/enquiries/" + id + "/answer")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\":\"" + text + "\"}"))
        .andExpect(status().isOk());
  }

  private long idOf(String email) {
    return jdbc.sql("select id from outreach_enquiry where email = ?")
        .param(email)
        .query(Long.class)
        .single();
  }
}
