package org.cppp.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Seals authenticator secrets at rest: AES-256-GCM with a random IV per secret (Spring Security
 * Crypto, {@link Encryptors#delux}), the key derived from {@code cppp.security.totp-key} (the
 * {@code prod} profile refuses the demo key, {@code platform/ProductionGuard}). Changing the key
 * makes every enrolment unreadable: users then enrol again.
 */
@Component
class TotpSecrets {

  /** The salt of the key derivation (hex); the secret part is the configured key. */
  private static final String SALT = "43505050746f7470";

  private final TextEncryptor encryptor;

  TotpSecrets(@Value("${cppp.security.totp-key}") String key) {
    this.encryptor = encryptor(key);
  }

  static TextEncryptor encryptor(String key) {
    return Encryptors.delux(key, SALT);
  }

  String seal(String secret) {
    return encryptor.encrypt(secret);
  }

  String open(String sealed) {
    return encryptor.decrypt(sealed);
  }
}
