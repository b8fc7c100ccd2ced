package vn.chibo.member;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRepository extends JpaRepository<Discipline, Long> {
}
