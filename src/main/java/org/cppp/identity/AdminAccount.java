package org.cppp.identity;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start creates {@code admin} with {@code CPPP_ADMIN_PASSWORD}; when that is unset,
 * generates a password and prints it once.
 */
@Component
@Order(0)
class AdminAccount implements ApplicationRunner {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final String configuredPassword;

  AdminAccount(
      UserAccounts accounts,
      PasswordEncoder passwords,
      AuditTrail audit,
      TransactionTemplate transactions,
      @Value("${cppp.admin-password:}") String configuredPassword) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
    this.transactions = transactions;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.existsByUsername(USERNAME)) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? generate() : configuredPassword;
    SystemActor.run(() -> transactions.executeWithoutResult(status -> create(password)));
    if (generated) {
      log.warn(
          "\n\n  First start: created the administrator account\n"
              + "    username: {}\n    password: {}\n"
              + "  This password is shown once. Set CPPP_ADMIN_PASSWORD to choose it.\n",
          USERNAME,
          password);
    } else {
      log.info("First start: created the administrator account '{}'", USERNAME);
    }
  }

  private void create(String password) {
    UserAccount admin =
        new UserAccount(
            USERNAME,
            passwords.encode(password),
            new UserAccount.Profile("Administrator", null),
            new UserAccount.Binding(EnumSet.of(Role.ADMIN), null, null));
    accounts.save(admin);
    audit.record(Users.AUDIT_TYPE, USERNAME, "CREATED", Map.of("roles", "[ADMIN]"));
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
