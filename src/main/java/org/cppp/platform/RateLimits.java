package org.cppp.platform;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one throttle for what the public may send (enquiries, account requests, event registrations):
 * token buckets (Bucket4j) per form and client address, and per form and target address (the e-mail
 * a mail would go to), as configured under {@code cppp.rate-limit.forms.<form>} ({@code
 * per-address}, {@code per-target}, {@code period}). The client address is the request's remote
 * address: behind a proxy, set {@code server.forward-headers-strategy} so the container reads it
 * from the trusted proxy's headers, never from a header anyone can send. Buckets live in memory, at
 * most {@code cppp.rate-limit.max-keys} of them (the least recently used go first).
 */
@Component
public class RateLimits {

  private final Map<String, Limit> limits;
  private final Map<String, Bucket> buckets;

  RateLimits(Environment environment) {
    Binder binder = Binder.get(environment);
    this.limits =
        binder
            .bind("cppp.rate-limit.forms", Bindable.mapOf(String.class, Limit.class))
            .orElse(Map.of());
    int maxKeys = binder.bind("cppp.rate-limit.max-keys", Integer.class).orElse(100_000);
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Takes one request of a form from the allowance of its target (the e-mail address a mail would
   * go to); refuses with {@link TooManyRequests} when it is spent. Facades call this, so every path
   * to them is counted.
   */
  public void consume(String form, String target) {
    if (target != null && !target.isBlank()) {
      String key = form + "|target|" + target.strip().toLowerCase(Locale.ROOT);
      take(key, limit(form).perTarget(), limit(form).period());
    }
  }

  /** Takes one request of a form from the allowance of a client address ({@link RateLimited}). */
  void consumeFromAddress(String form, String address) {
    take(form + "|address|" + address, limit(form).perAddress(), limit(form).period());
  }

  private Limit limit(String form) {
    Limit limit = limits.get(form);
    if (limit == null) {
      throw new IllegalStateException("No cppp.rate-limit.forms." + form + " configured");
    }
    return limit;
  }

  private void take(String key, long capacity, Duration period) {
    Bucket bucket;
    synchronized (buckets) {
      bucket =
          buckets.computeIfAbsent(
              key,
              k ->
                  Bucket.builder()
                      .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period))
                      .build());
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new TooManyRequests(
          Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill())));
    }
  }

  /** One form's allowance: requests per client address and per target within the period. */
  record Limit(long perAddress, long perTarget, Duration period) {}
}
