package org.cppp.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that takes a public form: each client address may call it only as often as {@code
 * cppp.rate-limit.forms.<value>.per-address} allows ({@link RateLimits}); beyond that a page
 * answers 429 with a message in the visitor's language, the API a 429 problem detail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

  /** The form's name under {@code cppp.rate-limit.forms}. */
  String value();
}
