package org.cppp.reporting;

import java.util.List;

/**
 * A background report job as its owner sees it.
 *
 * @param steps the keys of the job's steps, in order
 * @param stepsDone how many of them are done
 * @param filename the file's name once done
 * @param millis how long it took, once finished
 */
public record JobView(
    String id,
    String financialYear,
    ReportFormat format,
    String language,
    JobStatus status,
    List<String> steps,
    int stepsDone,
    String filename,
    long millis) {

  public JobView {
    steps = List.copyOf(steps);
  }

  /** Done as a percentage, for the progress bar. */
  public int percent() {
    return steps.isEmpty() ? 100 : stepsDone * 100 / steps.size();
  }

  public boolean finished() {
    return status == JobStatus.DONE || status == JobStatus.FAILED;
  }

  /** The step running now, or {@code null} when none is. */
  public String currentStep() {
    return finished() || stepsDone >= steps.size() ? null : steps.get(stepsDone);
  }
}
