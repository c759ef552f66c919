package org.cppp.provider;

import java.util.List;

/**
 * What an officer sees to decide an application: the application, whether a certificate came with
 * it (to download), and the providers it may duplicate.
 */
public record ProviderApplicationReview(
    ProviderApplicationView application,
    CertificateSummary certificate,
    List<PossibleDuplicate> possibleDuplicates) {

  /** The certificate's name, type and size, or {@code null} in {@link #certificate} for none. */
  public record CertificateSummary(String filename, String contentType, long sizeBytes) {}
}
