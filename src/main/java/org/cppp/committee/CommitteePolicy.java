package org.cppp.committee;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cppp.factory.Businesses;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the committee, once: the role sets as constants, and the questions the facades
 * enforce ({@code @PreAuthorize} expressions below name this bean) and the pages and templates ask
 * ({@code ${@committeePolicy.mayManageMeetings()}}).
 */
@Component("committeePolicy")
public class CommitteePolicy {

  private final Businesses businesses;

  CommitteePolicy(Businesses businesses) {
    this.businesses = businesses;
  }

  /** Programme staff who run the committee's business: schedule, record, decide, appoint. */
  public static final Set<Role> MANAGERS = Set.copyOf(EnumSet.of(Role.OFFICER, Role.ADMIN));

  /** Members of the committee: they declare interests and vote on circulations. */
  public static final Set<Role> MEMBERS = Set.of(Role.COMMITTEE);

  /** Who reads the committee's records: its managers, its members and EPD. */
  public static final Set<Role> READERS =
      Set.copyOf(EnumSet.of(Role.OFFICER, Role.COMMITTEE, Role.EPD, Role.ADMIN));

  /** Who reaches decision letters: the readers, and applicants (for their own factory). */
  public static final Set<Role> LETTER_READERS =
      Set.copyOf(EnumSet.of(Role.APPLICANT, Role.OFFICER, Role.COMMITTEE, Role.EPD, Role.ADMIN));

  /** The role a user must hold to be appointed a member. */
  public static final Role APPOINTABLE = Role.COMMITTEE;

  /** Who receives a factory's decision letters by mail: its applicants. */
  public static final Role LETTER_RECIPIENTS = Role.APPLICANT;

  static final String READ = "@committeePolicy.mayRead()";
  static final String MANAGE = "@committeePolicy.mayManageMeetings()";
  static final String MEMBER = "@committeePolicy.isMember()";
  static final String EDIT_MINUTES = "@committeePolicy.mayAskToEditMinutes()";
  static final String READ_LETTERS = "@committeePolicy.mayReadLetters()";

  /** Whether the current user reads the committee's records. */
  public boolean mayRead() {
    return holdsAny(CurrentUser.current(), READERS);
  }

  /** Whether the current user runs the committee's business. */
  public boolean mayManageMeetings() {
    return mayManageMeetings(CurrentUser.current());
  }

  /** Whether this user runs the committee's business (sees and changes everything). */
  public boolean mayManageMeetings(CurrentUser user) {
    return holdsAny(user, MANAGERS);
  }

  /** Whether the current user is a committee member (declares interests, votes). */
  public boolean isMember() {
    return holdsAny(CurrentUser.current(), MEMBERS);
  }

  /** Whether the current user may reach the minutes' editing (whether they may is per meeting). */
  public boolean mayAskToEditMinutes() {
    return mayManageMeetings() || isMember();
  }

  /** Whether the current user may ask for decision letters. */
  public boolean mayReadLetters() {
    return holdsAny(CurrentUser.current(), LETTER_READERS);
  }

  /**
   * Whether this user may read the decision letter of a factory's application: staff, and the
   * applicants who act for the factory (its own, and its Hong Kong business's; asked of the factory
   * register for the current user, who is this user on every call).
   */
  boolean mayReadLetter(CurrentUser user, String factoryBr) {
    boolean applicant = user.has(Role.APPLICANT) && businesses.actingFor().contains(factoryBr);
    return applicant || holdsAny(user, READERS);
  }

  /** A member whose sitting membership this is votes on circulations (the secretary does not). */
  boolean mayVote(CurrentUser user, Optional<MemberView> sitting) {
    return holdsAny(user, MEMBERS) && sitting.map(m -> m.position().votes()).orElse(false);
  }

  /** The minutes are edited by the managers and the meeting's secretary. */
  boolean mayEditMinutes(CurrentUser user, Optional<MemberView> sitting) {
    return mayManageMeetings(user)
        || sitting.map(m -> m.position() == Position.SECRETARY).orElse(false);
  }

  /**
   * Whether restricted material is withheld from this user: a member (not a manager) who declared
   * an interest in the item.
   */
  boolean withholds(CurrentUser user, boolean recused) {
    return recused && !mayManageMeetings(user);
  }

  /**
   * Whether this user's recusals hide applications from them: members who do not also manage the
   * committee.
   */
  boolean recusalsApply(CurrentUser user) {
    return holdsAny(user, MEMBERS) && !mayManageMeetings(user);
  }

  /** Whether a user with these role names (no {@code ROLE_} prefix) sees the members' tiles. */
  static boolean memberTiles(Set<String> roles) {
    return anyNamed(roles, MEMBERS);
  }

  /** Whether a user with these role names sees the upcoming meetings' tile. */
  static boolean meetingTiles(Set<String> roles) {
    return anyNamed(roles, MANAGERS) || anyNamed(roles, MEMBERS);
  }

  /** Role names (no {@code ROLE_} prefix) for URL rules and navigation. */
  static String[] names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  private static boolean anyNamed(Set<String> names, Set<Role> roles) {
    return roles.stream().anyMatch(r -> names.contains(r.name()));
  }

  private static boolean holdsAny(CurrentUser user, Set<Role> roles) {
    return roles.stream().anyMatch(user::has);
  }
}
