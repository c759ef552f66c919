package org.cppp.outreach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mails go out through SMTP when {@code spring.mail.host} is configured; otherwise they are only
 * logged (and kept in {@code outreach_mail}), so the system runs without a mail server.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  MailGateway outreachMailGateway(
      ObjectProvider<JavaMailSender> senders,
      @Value("${cppp.mail.from:cppp@localhost}") String from) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return (to, subject, body) ->
          log.info("Mail (no mail server configured) to {}: {}", to, subject);
    }
    return (to, subject, body) -> {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(to);
      message.setSubject(subject);
      message.setText(body);
      try {
        sender.send(message);
      } catch (MailException e) {
        log.warn("Could not send mail to {}: {}", to, e.getMessage());
      }
    };
  }
}
