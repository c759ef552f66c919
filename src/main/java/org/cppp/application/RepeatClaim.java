package org.cppp.application;

import jakarta.validation.constraints.NotNull;

/**
 * What an application for a repeat on-site assessment states: a recommended measure involving
 * investment was implemented since the previous assessment, and the production process or material
 * usage changed, or the factory pursues recognition.
 */
public record RepeatClaim(
    @NotNull Boolean measureImplemented,
    @NotNull Boolean processChanged,
    @NotNull Boolean pursuesRecognition) {

  /** Whether the claim meets the rule's conditions (the five years are checked apart). */
  public boolean meetsConditions() {
    return Boolean.TRUE.equals(measureImplemented)
        && (Boolean.TRUE.equals(processChanged) || Boolean.TRUE.equals(pursuesRecognition));
  }
}
