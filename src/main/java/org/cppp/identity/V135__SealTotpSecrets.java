package org.cppp.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V135 (a Java migration, a bean Boot hands to Flyway, since it needs the key):
 * seals the authenticator secrets stored in plain text before V134 with {@link TotpSecrets}' key.
 * Recovery codes were always kept as hashes.
 */
@Component
class V135__SealTotpSecrets extends BaseJavaMigration {

  private final String key;

  V135__SealTotpSecrets(@Value("${cppp.security.totp-key}") String key) {
    this.key = key;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    seal(context.getConnection(), TotpSecrets.encryptor(key));
  }

  /** Seals every plain secret (row by row; the table holds one row per enrolled user). */
  static int seal(Connection connection, TextEncryptor encryptor) throws SQLException {
    Map<Long, String> plain = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select user_id, secret from user_totp where not secret_sealed");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        plain.put(rows.getLong(1), rows.getString(2));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update user_totp set secret = ?, secret_sealed = true where user_id = ?")) {
      for (Map.Entry<Long, String> row : plain.entrySet()) {
        update.setString(1, encryptor.encrypt(row.getValue()));
        update.setLong(2, row.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    return plain.size();
  }
}
