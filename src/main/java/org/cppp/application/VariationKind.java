package org.cppp.application;

/** What a factory asks to vary in its approved work, and the one field each kind names. */
public enum VariationKind {
  /** More time: a later completion due date ({@code newDueOn}). */
  EXTENSION("newDueOn"),
  /** Another registered ET service provider ({@code newProviderCode}). */
  PROVIDER("newProviderCode"),
  /** Another scope of work ({@code newScope}). */
  SCOPE("newScope"),
  /**
   * Another total cost, which the funding rules turn into another grant ({@code newTotalCostHkd}).
   */
  COST("newTotalCostHkd");

  private final String field;

  VariationKind(String field) {
    this.field = field;
  }

  /** The request's field that carries the new value. */
  public String field() {
    return field;
  }
}
