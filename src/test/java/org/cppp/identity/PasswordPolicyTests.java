package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void refusesPasswordsUnderTwelveCharacters() {
    assertThatThrownBy(() -> policy.check("password", "password12"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("password");
              assertThat(v.messageKey()).isEqualTo("user.password.size");
            });
    assertThatThrownBy(() -> policy.check("password", "Xk9#mQ2$vL7"))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void refusesCommonPasswordsAlsoWithDigitsOrSymbolsAddedOrInCapitals() {
    for (String common :
        new String[] {
          "1qaz2wsx3edc", "password1234", "qwertyuiop12", "Sunshine2024!", "LEAVEMEALONE"
        }) {
      assertThatThrownBy(() -> policy.check("newPassword", common))
          .as(common)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              v -> {
                assertThat(v.field()).isEqualTo("newPassword");
                assertThat(v.messageKey()).isEqualTo("user.password.common");
              });
    }
  }

  @Test
  void acceptsLongUncommonPasswordsIncludingTheDemoOne() {
    assertThatCode(() -> policy.check("password", "demo-password")).doesNotThrowAnyException();
    assertThatCode(() -> policy.check("password", "harbour lantern 42 kites"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPasswordsOverOneHundredCharacters() {
    assertThatThrownBy(() -> policy.check("password", "k".repeat(50) + "z".repeat(51)))
        .isInstanceOf(RuleViolation.class);
  }
}
