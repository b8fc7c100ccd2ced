package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aSubtreeIsTheNodeAndWhatIsUnderItAndNothingElse() {
        String sql = "select in_subtree(?, ?)";
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/2/", "/1/2/")).isTrue();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/2/3/", "/1/2/")).isTrue();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/2/39/1234/", "/1/2/")).isTrue();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/20/", "/1/2/")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/29/5/", "/1/2/")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/", "/1/2/")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/1/3/", "/1/2/")).isFalse();
        assertThat(jdbc.queryForObject(sql, Boolean.class, "/12/2/", "/1/2/")).isFalse();
    }

    @Test
    void aSubtreeIsReadThroughThePathIndexWhateverPlanIsKept() {
        String plan = String.join("\n", jdbc.execute((Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
                statement.execute("set enable_seqscan = off");
                statement.execute("prepare subtree(text) as select id from organization where in_subtree(path, $1)");
                List<String> lines = new ArrayList<>();
                try (var rs = statement.executeQuery("explain execute subtree('/1/')")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                statement.execute("deallocate subtree");
                statement.execute("reset enable_seqscan");
                statement.execute("reset plan_cache_mode");
                return lines;
            }
        }));
        assertThat(plan).contains("organization_path_idx").contains("$1");
    }
}
