package org.cppp.committee;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

  /** The meeting, its row locked until the transaction ends: its changes are made one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Meeting m where m.id = :id")
  Optional<Meeting> findLocked(long id);

  /**
   * Writes a loaded meeting's changes: flushing first gives new agenda items their ids on the very
   * instances the meeting holds (a merge would copy them), then {@code save} publishes its events.
   */
  default Meeting write(Meeting meeting) {
    flush();
    save(meeting);
    flush();
    return meeting;
  }

  boolean existsByNumber(String number);

  /** The meeting an agenda item belongs to. */
  @Query("select m from Meeting m join m.items i where i.id = :itemId")
  Optional<Meeting> findByItem(long itemId);

  /** Meetings in these statuses with this application among their items. */
  @Query(
      "select distinct m from Meeting m join m.items i where i.applicationRef = :reference"
          + " and m.status in :statuses")
  List<Meeting> withApplication(String reference, Collection<MeetingStatus> statuses);
}
