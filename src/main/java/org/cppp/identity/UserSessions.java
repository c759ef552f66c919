package org.cppp.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's sign-in sessions, kept by Spring Session in the database (table {@code spring_session},
 * indexed by the principal's name): every instance sees them, and ending them ends them everywhere.
 * The API keeps no session: each request signs in again, so a disabled account, a new password or
 * new roles apply to it at the next request.
 */
@Component
class UserSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session of the user; returns how many there were. */
  int endAll(String username) {
    return endAllBut(username, null);
  }

  /** Ends every session of the user but the one with this id (the one asking). */
  int endAllBut(String username, String keptSessionId) {
    var ids =
        sessions.findByPrincipalName(username).keySet().stream()
            .filter(id -> !id.equals(keptSessionId))
            .toList();
    ids.forEach(sessions::deleteById);
    return ids.size();
  }
}
