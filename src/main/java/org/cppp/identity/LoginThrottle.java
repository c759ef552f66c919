package org.cppp.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backs off sign-in attempts (pages and API alike) with token buckets (Bucket4j) kept in
 * PostgreSQL, so they hold across instances and restarts: per client address (one address trying
 * many accounts), per account from one address (one address guessing one password), and per account
 * from everywhere (many addresses guessing one password). An attempt takes a token from each before
 * its password is checked, under the bucket's row lock, so parallel guesses never exceed a limit; a
 * successful sign-in gives its tokens back. Nothing locks: the buckets refill, and a guesser at one
 * address leaves the account open from every other.
 */
@Component
class LoginThrottle {

  static final String TABLE = "login_throttle";
  private static final int MAX_KEY_PART = 90;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final List<Limit> limits;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  LoginThrottle(
      DataSource dataSource,
      ObjectProvider<Clock> clock,
      AuditTrail audit,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      @Value("${cppp.login.throttle.per-address:30/PT15M}") String perAddress,
      @Value("${cppp.login.throttle.per-account:100/PT1H}") String perAccount,
      @Value("${cppp.login.throttle.per-account-from-address:5/PT15M}")
          String perAccountAtAddress) {
    this.limits =
        List.of(
            Limit.parse(Scope.ADDRESS, perAddress),
            Limit.parse(Scope.ACCOUNT, perAccount),
            Limit.parse(Scope.ACCOUNT_FROM_ADDRESS, perAccountAtAddress));
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table(TABLE)
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofMinutes(1)))
            .clientClock(meter(clock.getIfAvailable(Clock::systemUTC)))
            .build();
    this.audit = audit;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /**
   * Takes one token for an attempt to sign in as {@code username} from {@code address} from every
   * bucket; refused (and nothing taken) when one of them is empty.
   */
  Attempt take(String username, String address) {
    String account = clip(username);
    String from = clip(address);
    List<BucketProxy> taken = new ArrayList<>();
    List<Limit> exhausted = new ArrayList<>();
    for (Limit limit : limits) {
      BucketProxy bucket = buckets.getProxy(limit.key(account, from), limit::configuration);
      var probe = bucket.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        taken.forEach(b -> b.addTokens(1));
        return new Attempt(false, account, from, List.of(), List.of());
      }
      taken.add(bucket);
      if (probe.getRemainingTokens() == 0) {
        exhausted.add(limit);
      }
    }
    return new Attempt(true, account, from, taken, exhausted);
  }

  /** The password was right: the attempt's tokens go back. */
  void succeeded(Attempt attempt) {
    attempt.taken().forEach(bucket -> bucket.addTokens(1));
  }

  /** The password was wrong: records each limit this attempt used up. */
  void failed(Attempt attempt) {
    if (attempt.exhausted().isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status ->
            attempt
                .exhausted()
                .forEach(
                    limit ->
                        audit.record(
                            limit.scope() == Scope.ADDRESS ? "client-address" : Users.AUDIT_TYPE,
                            limit.scope() == Scope.ADDRESS ? attempt.address() : attempt.username(),
                            "SIGN_IN_THROTTLED",
                            Map.of(
                                "limit", limit.describe(),
                                "address", attempt.address()))));
  }

  /** Empties the throttle of an account (every address); returns how many buckets there were. */
  int lift(String username) {
    String account = clip(username);
    return jdbc.sql(
            "delete from "
                + TABLE
                + " where id = :prefix || :account"
                + " or (starts_with(id, :pairPrefix) and substr(id, strpos(id, ' ') + 1) = :account)")
        .param("prefix", Scope.ACCOUNT.prefix)
        .param("pairPrefix", Scope.ACCOUNT_FROM_ADDRESS.prefix)
        .param("account", account)
        .update();
  }

  /** Buckets full again are forgotten, by one instance at a time (a cleanup done once suffices). */
  @Scheduled(fixedDelayString = "${cppp.login.throttle.cleanup-interval:PT10M}")
  @SchedulerLock(name = "identity.login-throttle-cleanup")
  void removeFullBuckets() {
    while (buckets.removeExpired(1000) == 1000) {
      // another batch
    }
  }

  private static String clip(String value) {
    String text = value == null || value.isBlank() ? "unknown" : value.strip();
    return text.length() > MAX_KEY_PART ? text.substring(0, MAX_KEY_PART) : text;
  }

  private static TimeMeter meter(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /** One attempt's share of the throttle. */
  record Attempt(
      boolean allowed,
      String username,
      String address,
      List<BucketProxy> taken,
      List<Limit> exhausted) {}

  enum Scope {
    ADDRESS("address:"),
    ACCOUNT("account:"),
    ACCOUNT_FROM_ADDRESS("pair:");

    final String prefix;

    Scope(String prefix) {
      this.prefix = prefix;
    }
  }

  /** So many attempts per period, refilled smoothly (one token every period / capacity). */
  record Limit(Scope scope, int capacity, Duration period) {

    static Limit parse(Scope scope, String text) {
      String[] parts = text.split("/", 2);
      return new Limit(scope, Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
    }

    String key(String account, String address) {
      return switch (scope) {
        case ADDRESS -> scope.prefix + address;
        case ACCOUNT -> scope.prefix + account;
        // the address (never a space in it) first: a made-up username cannot reach another pair
        case ACCOUNT_FROM_ADDRESS -> scope.prefix + address + " " + account;
      };
    }

    BucketConfiguration configuration() {
      return BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
          .build();
    }

    String describe() {
      return scope.name().toLowerCase(java.util.Locale.ROOT) + " " + capacity + "/" + period;
    }
  }
}
