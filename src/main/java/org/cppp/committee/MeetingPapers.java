package org.cppp.committee;

import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.FileName;
import org.cppp.shared.FileSignature;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A meeting's papers: PDFs attached to its items, kept beside the {@link Meeting} aggregate (their
 * content is large and read one at a time); restricted ones are withheld from recused members.
 */
@Component
class MeetingPapers {

  private static final int MAX_PAPER_BYTES = 10 * 1024 * 1024;

  private final MeetingRecords records;
  private final MeetingStore store;
  private final AuditTrail audit;

  MeetingPapers(MeetingRecords records, MeetingStore store, AuditTrail audit) {
    this.records = records;
    this.store = store;
    this.audit = audit;
  }

  PaperView upload(
      long meetingId, long itemId, String filename, byte[] content, boolean restricted) {
    Meeting meeting = records.locked(meetingId);
    meeting.requireRecordOpen();
    meeting.item(itemId);
    if (content == null || content.length == 0 || content.length > MAX_PAPER_BYTES) {
      throw new RuleViolation("file", "committee.paper.size");
    }
    if (!FileSignature.PDF.matches(content)) {
      throw new RuleViolation("file", "committee.paper.pdf");
    }
    String name = FileName.clean(filename, "paper.pdf");
    long id = store.addPaper(itemId, name, restricted, content, CurrentUser.current().username());
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meetingId),
        "PAPER_UPLOADED",
        Map.of("item", itemId, "filename", name, "restricted", restricted));
    return records.papers(meeting, CurrentUser.current()).stream()
        .filter(p -> p.id() == id)
        .findFirst()
        .orElseThrow();
  }

  PaperContent content(long meetingId, long paperId) {
    MeetingStore.Paper paper =
        store
            .paper(paperId)
            .filter(p -> p.meetingId() == meetingId)
            .orElseThrow(() -> new NotFoundException("Paper", paperId));
    if (paper.restricted()) {
      records.requireRestrictedAccess(records.meeting(meetingId), paper.itemId());
    }
    return new PaperContent(paper.filename(), paper.content());
  }
}
