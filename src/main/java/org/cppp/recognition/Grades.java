package org.cppp.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Grades extends JpaRepository<RecognitionGrade, String> {

  List<RecognitionGrade> findAllByOrderBySortOrderAscCodeAsc();
}
