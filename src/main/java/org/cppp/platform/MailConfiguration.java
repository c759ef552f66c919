package org.cppp.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The {@link MailDelivery}: SMTP when configured, a one-line summary in the log otherwise (never
 * the body or the full address). A failed send is thrown to the {@link MailDispatcher}, which
 * retries.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync // for the modules' @ApplicationModuleListener
class MailConfiguration {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  @Bean
  MailDelivery mailDelivery(
      ObjectProvider<JavaMailSender> sender,
      @Value("${cppp.mail.from:cppp@localhost}") String from) {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      // A summary only: the body may hold a secret link (cancel, confirm) and the address is
      // personal data; names and subjects are cleaned so they cannot forge log lines.
      return (to, subject, body) ->
          log.info(
              "E-mail not sent (no mail server configured) to an address at {}: {}",
              LogText.domainOf(to),
              LogText.clean(subject));
    }
    return new MailDelivery() {
      @Override
      public void deliver(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        smtp.send(message);
      }

      @Override
      public void deliver(String to, String subject, String body, String messageId) {
        smtp.send(
            mime -> {
              MimeMessageHelper message = new MimeMessageHelper(mime, "UTF-8");
              message.setFrom(from);
              message.setTo(to);
              message.setSubject(subject);
              message.setText(body);
              mime.setHeader("Message-ID", messageId);
            });
      }
    };
  }
}
