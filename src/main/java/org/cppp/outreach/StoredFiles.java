package org.cppp.outreach;

import java.util.Optional;
import org.cppp.shared.FileName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Uploaded files in {@code outreach_file}; read one at a time, only when sent. */
@Component
class StoredFiles {

  private final JdbcClient jdbc;

  StoredFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long save(Upload upload, FileKind kind) {
    String name = FileName.clean(upload.filename(), "file");
    return jdbc.sql(
            "insert into outreach_file (filename, content_type, size_bytes, content)"
                + " values (?, ?, ?, ?) returning id")
        .params(name, kind.contentType(), upload.content().length, upload.content())
        .query(Long.class)
        .single();
  }

  Optional<FileContent> load(long id) {
    return jdbc.sql("select filename, content_type, content from outreach_file where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new FileContent(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }

  long size(long id) {
    return jdbc.sql("select size_bytes from outreach_file where id = ?")
        .param(id)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }
}
