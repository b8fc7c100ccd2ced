package vn.chibo.member;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberEventRepository extends JpaRepository<MemberEvent, Long> {
}
