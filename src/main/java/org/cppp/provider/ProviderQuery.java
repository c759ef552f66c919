package org.cppp.provider;

/**
 * Filters for the staff list; {@code null} means any.
 *
 * @param text part of the code, English or Chinese name
 */
public record ProviderQuery(
    ProviderBase base, Specialism specialism, ProviderStatus status, String text) {

  public static ProviderQuery all() {
    return new ProviderQuery(null, null, null, null);
  }
}
