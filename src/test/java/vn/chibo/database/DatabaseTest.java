package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

@ChiboIntegrationTest
class DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TreeBuilder tree;

    @Test
    void theApplicationRunsOnPostgresql17() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    }

    @Test
    void aMemberHasOneRatingPerMonth() {
        long branch = tree.branch(tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy xếp loại"), "Chi bộ xếp loại");
        long member = tree.member(branch, "Phạm Thị Hoa", "FULL", "MEMBER");
        jdbc.update("insert into monthly_rating (member_id, branch_id, period) values (?, ?, date '2026-01-01')",
                member, branch);
        assertThatThrownBy(() -> jdbc.update(
                "insert into monthly_rating (member_id, branch_id, period) values (?, ?, date '2026-01-01')",
                member, branch)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into monthly_rating (member_id, branch_id, period) values (?, ?, date '2026-02-15')",
                member, branch)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into monthly_rating (member_id, branch_id, period, final_level) values (?, ?, date '2026-03-01', 'BEST')",
                member, branch)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anExcusedAbsenceNeedsAReasonAndOneRegularMeetingAMonth() {
        long branch = tree.branch(tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy điểm danh"), "Chi bộ điểm danh");
        long member = tree.member(branch, "Trần Văn Bình", "FULL", "SECRETARY");
        long meeting = jdbc.queryForObject("""
                insert into meeting (branch_id, period, kind, status) values (?, date '2026-05-01', 'REGULAR', 'PLANNED')
                returning id""", Long.class, branch);
        assertThatThrownBy(() -> jdbc.update(
                "insert into attendance (meeting_id, member_id, status, reason) values (?, ?, 'EXCUSED', ' ')",
                meeting, member)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into meeting (branch_id, period, kind, status) values (?, date '2026-05-01', 'COMBINED', 'PLANNED')",
                branch)).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into meeting (branch_id, period, kind, status) values (?, date '2026-05-01', 'THEMATIC', 'PLANNED')",
                branch);
    }
}
