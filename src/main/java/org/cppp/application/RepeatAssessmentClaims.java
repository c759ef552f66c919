package org.cppp.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepeatAssessmentClaims extends JpaRepository<RepeatAssessmentClaim, Long> {}
