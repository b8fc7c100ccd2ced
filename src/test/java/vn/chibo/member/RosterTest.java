package vn.chibo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

@ChiboIntegrationTest
class RosterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void branchPageListsMembersByGivenNameTheVietnameseWay() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy danh sách");
        long branch = tree.branch(province, "Chi bộ danh sách");
        tree.member(branch, "Vũ Văn Đông", "FULL", "SECRETARY");
        tree.member(branch, "Hồ Thị Dung", "FULL", "MEMBER");
        tree.member(branch, "Lê Văn Tuấn", "FULL", "MEMBER");
        tree.member(branch, "Mai Thị Ánh", "PROBATIONARY", "MEMBER");
        String username = TreeBuilder.unique("tinh");
        tree.account(username, "mat-khau-tinh", null, province, "DISTRICT_STAFF");
        MockHttpSession staff = Browser.login(mvc, username, "mat-khau-tinh");

        String html = mvc.perform(get("/branches/" + branch).session(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("Mai Thị Ánh", "Hồ Thị Dung", "Vũ Văn Đông", "Lê Văn Tuấn");
        assertThat(html).contains("Dự bị");
    }

    @Test
    void branchWithFewerThanThreeFullMembersIsWarned() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy cảnh báo");
        long branch = tree.branch(province, "Chi bộ ít đảng viên");
        tree.member(branch, "Đỗ Văn Hải", "FULL", "SECRETARY");
        tree.member(branch, "Đỗ Thị Lan", "PROBATIONARY", "MEMBER");
        MockHttpSession admin = Browser.login(mvc, "admin");
        String html = mvc.perform(get("/branches/" + branch).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("chỉ có 1 đảng viên chính thức");
    }

    @Test
    void memberPageShowsEachFactOfTheProfileInItsRow() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy hồ sơ");
        long branch = tree.branch(province, "Chi bộ hồ sơ");
        long member = tree.member(branch, "Trịnh Thị Hồ Sơ", "FULL", "MEMBER");
        tree.jdbc().update("""
                update member set gender = 'FEMALE', birth_date = date '1985-03-07', party_card_number = '52123456',
                       admitted_on = date '2010-05-19', full_membership_on = date '2011-05-19',
                       job_title = 'Kế toán trưởng', leadership_post = true
                 where id = ?""", member);
        MockHttpSession admin = Browser.login(mvc, "admin");

        String text = Browser.text(mvc.perform(get("/members/" + member).session(admin)).andExpect(status().isOk())
                .andReturn());

        assertThat(text).contains("Trịnh Thị Hồ Sơ", "Chi bộ hồ sơ").containsSubsequence(
                "Đảng viên", "Chính thức", "Giới tính", "Nữ", "Ngày sinh", "07/03/1985", "Số thẻ đảng viên", "52123456",
                "Ngày vào Đảng", "19/05/2010", "Ngày chính thức", "19/05/2011", "Công việc, chức vụ", "Kế toán trưởng",
                "Giữ vị trí lãnh đạo, quản lý", "Có");
        mvc.perform(get("/members/" + Long.MAX_VALUE).session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void memberPageShowsPendingMonthsAsPendingNeverAsALevel() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy chờ");
        long branch = tree.branch(province, "Chi bộ chờ");
        long member = tree.member(branch, "Ngô Văn Kiên", "FULL", "MEMBER");
        tree.jdbc().update("""
                insert into monthly_rating (member_id, branch_id, period, self_level, proposed_level)
                values (?, ?, date '2026-10-01', 'EXCELLENT', 'GOOD')""", member, branch);
        tree.jdbc().update("""
                insert into monthly_rating (member_id, branch_id, period, final_level, decided_at)
                values (?, ?, date '2026-09-01', 'COMPLETED', now())""", member, branch);
        MockHttpSession admin = Browser.login(mvc, "admin");
        String html = mvc.perform(get("/members/" + member).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsSubsequence("Tháng 10/2026", "Chờ xếp loại", "Tháng 09/2026", "Hoàn thành nhiệm vụ");
        assertThat(html).doesNotContain("Hoàn thành tốt nhiệm vụ");
    }
}
