package org.cppp.recognition;

import java.util.Map;

/**
 * How many were recognised in a cycle year, per category code (every category of the cycle, zero
 * included), e.g. 2011: MANUFACTURING_ENTERPRISE 113, ET_SERVICE_PROVIDER 20, SOURCING_ENTERPRISE
 * 6.
 */
public record RecognitionFigures(int year, boolean published, Map<String, Long> perCategory) {

  public long total() {
    return perCategory.values().stream().mapToLong(Long::longValue).sum();
  }
}
