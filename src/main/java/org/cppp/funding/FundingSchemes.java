package org.cppp.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingSchemes extends JpaRepository<FundingScheme, String> {}
