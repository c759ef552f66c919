package org.cppp.funding;

import java.util.List;

/**
 * What the applications module tells the budget about applications not yet decided, for the
 * forecast (that module depends on this one, so it implements this interface).
 */
public interface BudgetPipeline {

  /**
   * Undecided applications by stage, each stage's quoted government share summed in the database.
   */
  List<PipelineStage> stages();
}
