package vn.chibo.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PilotEnrollmentRepository extends JpaRepository<PilotEnrollment, Long> {

    Optional<PilotEnrollment> findByBranchId(long branchId);
}
