package org.cppp.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of every revision of every deliverable, kept apart from the deliverable so that lists
 * never load them; earlier revisions stay after a replacement.
 */
@Component
class DeliverableFiles {

  private final JdbcClient jdbc;

  DeliverableFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void store(Deliverable deliverable, FileTypes.Checked file) {
    jdbc.sql(
            "insert into application_deliverable_file"
                + " (deliverable_id, revision, filename, content_type, sha256, content)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            deliverable.id(),
            deliverable.revision(),
            file.filename(),
            file.contentType(),
            file.sha256(),
            file.content())
        .update();
  }

  Optional<DocumentContent> content(long deliverableId, int revision) {
    return jdbc.sql(
            "select filename, content_type, content from application_deliverable_file"
                + " where deliverable_id = ? and revision = ?")
        .params(deliverableId, revision)
        .query(
            (rs, n) ->
                new DocumentContent(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }
}
