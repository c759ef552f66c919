package org.cppp.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cppp.shared.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever one is set (an administrator's new user or reset, a user's own
 * change, a factory's account request): 12 to 100 characters, and not one of the common passwords
 * bundled in {@code identity/common-passwords.txt}, also when digits or symbols are added at its
 * end ({@code qwertyuiop12}).
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 100;
  static final String LIST = "identity/common-passwords.txt";
  private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[^\\p{L}]+$");

  private final Set<String> common;

  PasswordPolicy() {
    this.common = load();
  }

  /**
   * Refuses a password that is too short, too long or common.
   *
   * @param field the form field the password was typed in, named in the refusal
   * @throws RuleViolation naming the field, with a message in the user's language
   */
  public void check(String field, String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new RuleViolation(field, "user.password.size");
    }
    if (isCommon(password)) {
      throw new RuleViolation(field, "user.password.common");
    }
  }

  boolean isCommon(String password) {
    String lower = password.trim().toLowerCase(Locale.ROOT);
    String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceAll("");
    return common.contains(lower) || common.contains(stem);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(65_536);
    try (var in = new ClassPathResource(LIST).getInputStream();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LIST, e);
    }
    return Set.copyOf(words);
  }
}
