package org.cppp.committee;

import java.time.LocalDate;
import java.util.List;
import org.cppp.application.DecisionOutcome;

/**
 * An application circulated to members for a decision between meetings.
 *
 * @param variationId the variation request circulated, or {@code null} for the application
 * @param outcome the decision, once decided
 * @param resultNote why it closed as it did
 */
public record CirculationView(
    long id,
    String applicationRef,
    Long variationId,
    String note,
    LocalDate deadline,
    CirculationStatus status,
    DecisionOutcome outcome,
    String resultNote,
    LocalDate decidedOn,
    String createdBy,
    LocalDate createdOn,
    List<VoteView> votes) {

  public CirculationView {
    votes = List.copyOf(votes);
  }
}
