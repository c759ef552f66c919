package org.cppp.demo;

import java.util.List;
import java.util.Set;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;

/** The demo's accounts: one or more for every role, all with the same well-known password. */
final class DemoAccounts {

  static final String PASSWORD = "demo-password";
  static final String OFFICER = "officer";

  private DemoAccounts() {}

  /** A demo account; {@code boundTo} is a factory's BR number or a provider's code, if any. */
  record Account(String username, Role role, String displayName, String boundTo) {

    /** What the account is bound to, for people: key and name. */
    String boundToLabel() {
      return switch (boundTo == null ? "" : boundTo) {
        case "" -> "-";
        case DemoFactories.APPLICANT_BR -> boundTo + " Pearl River Metal Works Ltd (Dongguan)";
        case DemoFactories.APPLICANT2_BR -> boundTo + " Silver Thread Textiles Ltd (Shenzhen)";
        case DemoProviders.DEMO_PROVIDER -> boundTo + " Greenfield Environmental Technology Ltd";
        default -> boundTo;
      };
    }

    NewUser newUser() {
      return new NewUser(
          username,
          PASSWORD,
          displayName,
          username + "@demo.cppp.hk",
          Set.of(role),
          role.needsFactory() ? boundTo : null,
          role.needsProvider() ? boundTo : null);
    }
  }

  /** Every demo account. */
  static final List<Account> ALL =
      List.of(
          new Account(OFFICER, Role.OFFICER, "Mr Lee Chi Keung (programme officer)", null),
          new Account("officer2", Role.OFFICER, "Ms Lam Hoi Yan (programme officer)", null),
          new Account("qa", Role.QA, "Mr Ho Ka Wai (quality assurance)", null),
          new Account("epd", Role.EPD, "Ms Cheung Yuk Lan (EPD)", null),
          new Account("pmc-chair", Role.COMMITTEE, "PMC Chairman", null),
          new Account("pmc-hkgcc", Role.COMMITTEE, "PMC member (HKGCC)", null),
          new Account("pmc-fhki", Role.COMMITTEE, "PMC member (FHKI)", null),
          new Account("pmc-cma", Role.COMMITTEE, "PMC member (CMA)", null),
          new Account("pmc-cgcc", Role.COMMITTEE, "PMC member (CGCC)", null),
          new Account("pmc-epd", Role.COMMITTEE, "PMC member (EPD)", null),
          new Account(
              "pmc-tid", Role.COMMITTEE, "PMC member (Trade and Industry Department)", null),
          new Account("pmc-academic", Role.COMMITTEE, "PMC member (academic)", null),
          new Account(
              "applicant",
              Role.APPLICANT,
              "Mr Chan Tai Man (Pearl River Metal Works)",
              DemoFactories.APPLICANT_BR),
          new Account(
              "applicant2",
              Role.APPLICANT,
              "Ms Leung Mei Ling (Silver Thread Textiles)",
              DemoFactories.APPLICANT2_BR),
          new Account(
              "provider",
              Role.PROVIDER,
              "Ms Wong Mei Ling (Greenfield Environmental)",
              DemoProviders.DEMO_PROVIDER));

  /** The accounts as a table for the start-up log. */
  static String table() {
    StringBuilder table = new StringBuilder();
    String row = "  | %-13s | %-10s | %-50s |%n";
    String rule = "  +" + "-".repeat(15) + "+" + "-".repeat(12) + "+" + "-".repeat(52) + "+\n";
    table.append("\n\n  Demo accounts (password for every one: ").append(PASSWORD).append(")\n");
    table.append(rule).append(String.format(row, "username", "role", "bound to")).append(rule);
    table.append(String.format(row, "admin", Role.ADMIN, "-"));
    for (Account account : ALL) {
      table.append(String.format(row, account.username(), account.role(), account.boundToLabel()));
    }
    table.append(rule);
    table.append("  (admin's password: CPPP_ADMIN_PASSWORD, or the one printed at first start)\n");
    return table.toString();
  }
}
