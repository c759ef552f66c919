package org.cppp.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secret of a mailed link (a registered contact's confirmation, a provider applicant's e-mail
 * confirmation): mailed once, stored only as its SHA-256, so a copy of the database opens nothing.
 */
public final class LinkTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Longer than any link {@link #newToken} makes (32 characters); no lookup is tried for one. */
  private static final int MAX_LENGTH = 64;

  private LinkTokens() {}

  /** A new secret: 24 random bytes, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored of a secret: its SHA-256 in hex. */
  public static String hash(String token) {
    return Sha256.hex(token);
  }

  /**
   * What a mailed link opens: the record {@code byHash} finds under the link's hash. A blank,
   * overlong or unknown link is not found, all alike, so that a guess learns nothing.
   */
  public static <T> T open(String token, Function<String, Optional<T>> byHash) {
    if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
      throw new NotFoundException("Confirmation", "?");
    }
    return byHash.apply(hash(token)).orElseThrow(() -> new NotFoundException("Confirmation", "?"));
  }
}
