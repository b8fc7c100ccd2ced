package vn.chibo.annual;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualClassificationRepository extends JpaRepository<AnnualClassification, Long> {

    Optional<AnnualClassification> findByMemberIdAndYear(long memberId, int year);
}
