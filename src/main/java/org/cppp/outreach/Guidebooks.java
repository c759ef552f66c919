package org.cppp.outreach;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Guidebooks extends JpaRepository<Guidebook, Long> {

  @Query(
      "select g from Guidebook g where g.status = org.cppp.outreach.GuidebookStatus.PUBLISHED"
          + " order by g.publishedOn desc, g.id desc")
  List<Guidebook> published();

  @Modifying
  @Query(
      value = "update outreach_guidebook set downloads = downloads + 1 where id = :id",
      nativeQuery = true)
  int countDownload(long id);
}
