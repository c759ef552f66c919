package org.cppp.outreach;

/** Sends one plain-text mail; failures are logged, never thrown at the visitor. */
interface MailGateway {

  void send(String to, String subject, String body);
}
