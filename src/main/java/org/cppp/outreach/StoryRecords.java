package org.cppp.outreach;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryRecords extends JpaRepository<Story, Long> {

  Page<Story> findByPublishedTrue(Pageable pageable);
}
