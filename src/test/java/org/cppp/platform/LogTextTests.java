package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

@ExtendWith(OutputCaptureExtension.class)
class LogTextTests {

  static final String FORGED = "2026-01-01T00:00:00Z ERROR --- [main] Admin password reset";

  @Test
  void aNameCannotStartANewLogLine() {
    assertThat(LogText.clean("Alice\r\n" + FORGED)).isEqualTo("Alice  " + FORGED);
    assertThat(LogText.clean("Alice\u0085" + FORGED)).isEqualTo("Alice " + FORGED);
    assertThat(LogText.clean("Alice\u2028" + FORGED)).isEqualTo("Alice " + FORGED);
  }

  @Test
  void escapesAndBidiOverridesBecomeSpaces() {
    assertThat(LogText.clean("red\u001b[31m\u009b1mname\u202Efdp.exe"))
        .isEqualTo("red [31m 1mname fdp.exe");
  }

  @Test
  void aLongTextIsCutShort() {
    assertThat(LogText.clean("x".repeat(5000))).hasSize(201).endsWith("…");
  }

  @Test
  void aMailNotSentIsLoggedAsOneLineWhateverItsSubjectHolds(CapturedOutput log) {
    MailDelivery mailer =
        new MailConfiguration()
            .mailDelivery(
                new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), "x@y");
    mailer.deliver("someone@example.com", "Welcome Alice\n" + FORGED, "secret body");
    assertThat(log.getOut().lines().filter(line -> line.contains("Admin password reset")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("INFO").contains("Welcome Alice"));
    assertThat(log.getOut()).doesNotContain("secret body").doesNotContain("someone@");
  }
}
