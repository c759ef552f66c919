package org.cppp.provider;

import static org.cppp.support.ClientAddresses.anyAddress;
import static org.cppp.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A provider's way onto the register, as the public and the mail see it, for tests. */
final class JoiningSteps {

  static final byte[] PDF = "%PDF-1.7\n% GDEIC certificate\n".getBytes();
  private static final Pattern LINK = Pattern.compile("/providers/apply/confirm/([A-Za-z0-9_-]+)");

  private final MockMvc mvc;
  private final CapturingMailer mail;
  private final ProviderApplications applications;

  JoiningSteps(MockMvc mvc, CapturingMailer mail, ProviderApplications applications) {
    this.mvc = mvc;
    this.mail = mail;
    this.applications = applications;
  }

  /** A unique company name and contact address for one test. */
  static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String email(String name) {
    return "apply-" + name + "@example.com";
  }

  /**
   * The public form filled in for a Guangdong company with a current GDEIC registration and its
   * certificate; {@code changes} (field, value, field, value, ...) replace fields' values.
   */
  static MockMultipartHttpServletRequestBuilder form(String name, String... changes) {
    return form(name, "gdeic.pdf", PDF, changes);
  }

  /** The same form with this certificate file (an empty name and no bytes: none chosen). */
  static MockMultipartHttpServletRequestBuilder form(
      String name, String filename, byte[] file, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Pearl Clean Tech " + name);
    fields.put("nameZh", "珠江清潔技術 " + name);
    fields.put("base", "PRD");
    fields.put("contactPerson", "Ms Lam");
    fields.put("contactPhone", "+86 20 1234 5678");
    fields.put("contactEmail", email(name));
    fields.put("gdeicRegistrationNo", "GD-CP-" + name);
    fields.put("gdeicValidUntil", LocalDate.now().plusYears(1).toString());
    for (int i = 0; i + 1 < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockMultipartHttpServletRequestBuilder form =
        multipart("/providers/apply")
            .file(new MockMultipartFile("certificate", filename, "application/pdf", file));
    form.with(csrf())
        .with(from(anyAddress()))
        .param("specialisms", "ENERGY_SAVING", "VOC_REDUCTION");
    fields.forEach(form::param);
    return form;
  }

  /** Sends the form and follows the mailed link: the application is in the queue; its id. */
  long applyAndConfirm(String name) throws Exception {
    mvc.perform(form(name)).andExpect(redirectedUrl("/providers/apply/sent"));
    confirm(name);
    return idOf(name);
  }

  /** Confirms by the link mailed to the company of this name. */
  void confirm(String name) throws Exception {
    mvc.perform(post("/providers/apply/confirm/" + token(name)).with(csrf()));
  }

  /** The secret of the confirmation link mailed for this company. */
  String token(String name) {
    Matcher link = LINK.matcher(mail.await(email(name), "").body());
    if (!link.find()) {
      throw new AssertionError("no confirmation link mailed to " + email(name));
    }
    return link.group(1);
  }

  /** The id of the queued application of this company. */
  long idOf(String name) {
    return SystemActor.call(
        () ->
            applications.queue(Pageable.unpaged()).stream()
                .filter(a -> a.name().endsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not queued: " + name))
                .id());
  }
}
