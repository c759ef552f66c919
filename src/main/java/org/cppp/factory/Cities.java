package org.cppp.factory;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cities extends JpaRepository<City, String> {}
