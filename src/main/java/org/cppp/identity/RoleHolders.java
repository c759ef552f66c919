package org.cppp.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system's reads of who holds a role, for other modules' own work rather than for showing users
 * to a user: the committee appoints only enabled COMMITTEE users, and mail goes to a factory's
 * applicants. No role of the current user is required (a listener sending mail after a commit has
 * none); nothing here lists or searches accounts.
 */
@Service
@Transactional(readOnly = true)
public class RoleHolders {

  /** At most so many keys in one look-up, each bound twice (as given and lower-cased). */
  static final int KEYS_PER_QUERY = 500;

  private final UserAccounts accounts;

  RoleHolders(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** The display name of this user if the account is enabled and holds the role. */
  public Optional<String> displayName(String username, Role role) {
    return accounts
        .findByUsername(username)
        .filter(a -> a.enabled() && a.roles().contains(role))
        .map(a -> a.view().displayName());
  }

  /**
   * The e-mail addresses of the enabled users holding the role, bound to this factory, or all of
   * them when {@code factoryBr} is null: whom to tell when something happens to a factory's
   * application or awaits officers.
   */
  public List<String> emailsOf(Role role, String factoryBr) {
    return accounts.emailsOf(role, factoryBr);
  }

  /**
   * The e-mail addresses of these users that are enabled and hold the role, each once: e.g. the
   * committee members sitting on a meeting's date.
   */
  public List<String> emailsOfUsers(Role role, Collection<String> usernames) {
    return usernames.isEmpty() ? List.of() : accounts.emailsOfUsers(role, usernames);
  }

  /**
   * The usernames of the accounts with this e-mail address (any case), at most 100: whose records a
   * personal-data export of the person gathers.
   */
  public List<String> usernamesWithEmail(String email) {
    return accounts.usernamesWithEmail(email, org.springframework.data.domain.Limit.of(100));
  }

  /** The e-mail addresses of the enabled provider users bound to this provider. */
  public List<String> emailsOfProvider(String providerCode) {
    return accounts.emailsOfProvider(Role.PROVIDER, providerCode);
  }

  /**
   * The language to write a mail to this user in, found by username or e-mail address: the user's
   * preferred one; English for an address no user has.
   */
  public Locale languageOf(String usernameOrEmail) {
    return accounts.languageOf(usernameOrEmail).map(Language::ofTag).orElse(Language.EN).locale();
  }

  /**
   * {@link #languageOf} of each of these usernames or e-mail addresses, in their order, read in one
   * query per {@value #KEYS_PER_QUERY} of them (a bounded list of parameters): what a mail to
   * several recipients needs.
   */
  public Map<String, Locale> languagesOf(Collection<String> usernamesOrEmails) {
    Map<String, Locale> languages = new LinkedHashMap<>();
    if (usernamesOrEmails.isEmpty()) {
      return languages;
    }
    Map<String, String> byUsername = new HashMap<>();
    Map<String, String> byEmail = new HashMap<>();
    List<String> keys = List.copyOf(new LinkedHashSet<>(usernamesOrEmails));
    for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
      List<String> some = keys.subList(from, Math.min(from + KEYS_PER_QUERY, keys.size()));
      Set<String> lowered = new HashSet<>();
      some.forEach(k -> lowered.add(k.toLowerCase(Locale.ROOT)));
      for (Object[] row : accounts.languageCandidates(some, lowered)) {
        byUsername.putIfAbsent((String) row[0], (String) row[2]);
        if (row[1] != null) {
          byEmail.putIfAbsent((String) row[1], (String) row[2]); // the oldest account first
        }
      }
    }
    for (String key : usernamesOrEmails) {
      String tag = byUsername.get(key);
      if (tag == null) {
        tag = byEmail.get(key.toLowerCase(Locale.ROOT));
      }
      languages.put(key, (tag == null ? Language.EN : Language.ofTag(tag)).locale());
    }
    return languages;
  }
}
