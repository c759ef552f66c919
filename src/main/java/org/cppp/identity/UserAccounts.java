package org.cppp.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

  /** Counts a failed sign-in atomically; at {@code max} failures the account locks until then. */
  @Modifying
  @Query(
      value =
          "update users set failed_logins = case when failed_logins + 1 >= :max then 0"
              + " else failed_logins + 1 end, locked_until = case when failed_logins + 1 >= :max"
              + " then :until else locked_until end where username = :username",
      nativeQuery = true)
  int recordFailedLogin(String username, int max, Instant until);

  @Modifying
  @Query(
      value =
          "update users set failed_logins = 0, locked_until = null where username = :username"
              + " and (failed_logins > 0 or locked_until is not null)",
      nativeQuery = true)
  int recordSuccessfulLogin(String username);

  Optional<UserAccount> findByUsername(String username);

  /** The enabled accounts with this e-mail address, whatever its case (single sign-on's match). */
  @Query("select u from UserAccount u where lower(u.email) = lower(:email) and u.enabled")
  List<UserAccount> enabledWithEmail(String email);

  List<UserAccount> findByFactoryBrOrderByUsername(String factoryBr);

  boolean existsByUsername(String username);

  /** The language of the user with this username, or else of the first with this e-mail. */
  @Query(
      value =
          "select language from users where username = :key or lower(email) = lower(:key)"
              + " order by (username = :key) desc, id limit 1",
      nativeQuery = true)
  Optional<String> languageOf(String key);

  /**
   * The accounts {@link #languageOf} would choose among for any of these keys (given as they are
   * and in lower case), oldest first: username, lower-cased e-mail and language of each.
   */
  @Query(
      value =
          "select username, lower(email), language from users where username in (:keys)"
              + " or lower(email) in (:lowered) order by id",
      nativeQuery = true)
  List<Object[]> languageCandidates(Collection<String> keys, Collection<String> lowered);

  @Query(
      "select distinct u.email from UserAccount u join u.roles r where r = :role and u.enabled"
          + " and u.email is not null and (:factoryBr is null or u.factoryBr = :factoryBr)")
  List<String> emailsOf(Role role, String factoryBr);

  @Query(
      "select distinct u.email from UserAccount u join u.roles r where r = :role and u.enabled"
          + " and u.email is not null and u.username in :usernames")
  List<String> emailsOfUsers(Role role, Collection<String> usernames);

  @Query("select u.username from UserAccount u where lower(u.email) = lower(:email) order by u.id")
  List<String> usernamesWithEmail(String email, org.springframework.data.domain.Limit limit);

  @Query(
      "select distinct u.email from UserAccount u join u.roles r where r = :role and u.enabled"
          + " and u.email is not null and u.providerCode = :providerCode")
  List<String> emailsOfProvider(Role role, String providerCode);

  @Query(
      "select u from UserAccount u where lower(u.username) like :text or lower(u.displayName) like"
          + " :text order by u.username")
  Page<UserAccount> search(String text, Pageable pageable);
}
