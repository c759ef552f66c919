package org.cppp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a fresh embedded PostgreSQL, with MockMvc. Every test class that uses
 * this (and nothing else) shares one application context, so the database starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({
  TestClock.class,
  TestAccounts.class,
  Fixtures.class,
  CapturingMailer.class,
  CommitteeAuthority.class
})
public @interface IntegrationTest {}
