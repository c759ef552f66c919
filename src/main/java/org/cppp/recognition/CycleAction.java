package org.cppp.recognition;

/** What an officer does to a cycle, and the status it leads to. */
public enum CycleAction {
  OPEN(CycleStatus.OPEN_FOR_NOMINATIONS),
  CLOSE(CycleStatus.ASSESSMENT),
  PUBLISH(CycleStatus.RESULTS_PUBLISHED);

  private final CycleStatus target;

  CycleAction(CycleStatus target) {
    this.target = target;
  }

  public CycleStatus target() {
    return target;
  }

  /** The action named in a URL, e.g. {@code open}; {@code null} when there is none. */
  public static CycleAction parse(String name) {
    for (CycleAction action : values()) {
      if (action.name().equalsIgnoreCase(name)) {
        return action;
      }
    }
    return null;
  }
}
