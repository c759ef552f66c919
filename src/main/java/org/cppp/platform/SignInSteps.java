package org.cppp.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What a module adds to the page chain's sign-in, beyond the password form (the identity module's
 * second factor and single sign-on): {@link SecurityConfiguration} hands it the page chain before
 * building it.
 */
public interface SignInSteps {

  void configure(HttpSecurity pages) throws Exception;
}
