package org.cppp.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<RecognitionCategory, String> {

  List<RecognitionCategory> findAllByOrderBySortOrderAscCodeAsc();
}
