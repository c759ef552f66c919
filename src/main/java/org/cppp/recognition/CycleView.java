package org.cppp.recognition;

import java.time.LocalDate;
import java.util.List;

/** A recognition cycle as the facade shows it. */
public record CycleView(
    int year,
    String title,
    LocalDate nominationsOpen,
    LocalDate nominationsClose,
    CycleStatus status,
    List<String> categories,
    List<String> grades) {

  public boolean published() {
    return status == CycleStatus.RESULTS_PUBLISHED;
  }
}
