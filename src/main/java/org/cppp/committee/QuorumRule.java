package org.cppp.committee;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How many sitting voting members make a quorum, as stored data: at least {@code numerator /
 * denominator} of them, or strictly more than that share when {@code strictlyMore} ("more than
 * half" is 1/2 strictly more), and optionally with the chair or a deputy chair among them.
 */
public record QuorumRule(
    LocalDate effectiveFrom,
    int numerator,
    int denominator,
    boolean strictlyMore,
    boolean requiresChairOrDeputy) {

  public QuorumRule {
    if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("quorum share out of range");
    }
  }

  /** The default: more than half of the sitting voting members, with the chair or a deputy. */
  public static QuorumRule moreThanHalfWithChair(LocalDate from) {
    return new QuorumRule(from, 1, 2, true, true);
  }

  /** How many of {@code voting} sitting voting members must be present (and not recused). */
  public int required(int voting) {
    long share = (long) voting * numerator;
    long whole = share / denominator;
    boolean exact = share % denominator == 0;
    long needed = strictlyMore ? whole + 1 : (exact ? whole : whole + 1);
    return (int) Math.max(needed, 1);
  }

  /**
   * Whether these participants make a quorum out of {@code sittingVoting} sitting voting members.
   *
   * @param counted the positions of the members present and not recused (secretaries are ignored)
   */
  public QuorumCheck check(int sittingVoting, Collection<Position> counted) {
    int present = (int) counted.stream().filter(Position::votes).count();
    boolean chair = counted.stream().anyMatch(Position::presides);
    int required = required(sittingVoting);
    boolean quorate = sittingVoting > 0 && present >= required && (!requiresChairOrDeputy || chair);
    return new QuorumCheck(sittingVoting, required, present, chair, requiresChairOrDeputy, quorate);
  }
}
