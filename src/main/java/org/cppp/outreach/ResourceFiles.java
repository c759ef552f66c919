package org.cppp.outreach;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The resources area's entries in {@code outreach_resource}. */
@Component
class ResourceFiles {

  private static final String SELECT =
      "select r.id, r.title_en, r.title_zh_hk, r.title_zh_cn, r.published, r.downloads, r.file_id,"
          + " f.filename, f.size_bytes from outreach_resource r join outreach_file f"
          + " on f.id = r.file_id";

  private final JdbcClient jdbc;

  ResourceFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long add(ResourceCommand c, long fileId) {
    return jdbc.sql(
            "insert into outreach_resource (title_en, title_zh_hk, title_zh_cn, file_id,"
                + " published) values (?, ?, ?, ?, ?) returning id")
        .params(
            c.titleEn().trim(), c.titleZhHk().trim(), c.titleZhCn().trim(), fileId, c.published())
        .query(Long.class)
        .single();
  }

  int publish(long id, boolean published) {
    return jdbc.sql("update outreach_resource set published = ? where id = ?")
        .params(published, id)
        .update();
  }

  List<ResourceView> all(boolean publishedOnly) {
    return jdbc.sql(SELECT + (publishedOnly ? " where r.published" : "") + " order by r.id desc")
        .query(
            (rs, n) ->
                new ResourceView(
                    rs.getLong("id"),
                    new LocalText(
                        rs.getString("title_en"),
                        rs.getString("title_zh_hk"),
                        rs.getString("title_zh_cn")),
                    rs.getString("filename"),
                    rs.getLong("size_bytes"),
                    rs.getBoolean("published"),
                    rs.getLong("downloads")))
        .list();
  }

  /** The file of a resource, counting the download; only a published one unless staff ask. */
  Optional<Long> fileFor(long id, boolean publishedOnly) {
    Optional<Long> file =
        jdbc.sql(
                "select file_id from outreach_resource where id = ?"
                    + (publishedOnly ? " and published" : ""))
            .param(id)
            .query(Long.class)
            .optional();
    file.ifPresent(
        f ->
            jdbc.sql("update outreach_resource set downloads = downloads + 1 where id = ?")
                .param(id)
                .update());
    return file;
  }
}
