package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** "This node and everything below it", on a hand-built tree with known answers. */
@ChiboIntegrationTest
class OrganizationTreeTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    TreeBuilder tree;

    @Test
    void everythingUnderANodeIsItsWholeSubtreeAtAnyDepth() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy thử");
        long commune = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã thử");
        long grassroots = tree.committee(commune, "GRASSROOTS_COMMITTEE", "Đảng bộ cơ sở thử");
        long deepBranch = tree.branch(grassroots, "Chi bộ sâu");
        long communeBranch = tree.branch(commune, "Chi bộ xã");
        long otherCommune = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã bên cạnh");
        long otherBranch = tree.branch(otherCommune, "Chi bộ bên cạnh");

        assertThat(organizations.subtreeIds(organizations.get(commune)))
                .containsExactlyInAnyOrder(commune, grassroots, deepBranch, communeBranch);
        assertThat(organizations.subtreeIds(organizations.get(province)))
                .containsExactlyInAnyOrder(province, commune, grassroots, deepBranch, communeBranch, otherCommune,
                        otherBranch);
        assertThat(organizations.subtreeIds(organizations.get(deepBranch))).containsExactly(deepBranch);
        assertThat(organizations.get(deepBranch).path())
                .isEqualTo("/" + province + "/" + commune + "/" + grassroots + "/" + deepBranch + "/");
    }

    @Test
    void aTrailIsTheNodeAndItsAncestorsRootFirst() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy đường dẫn");
        long commune = tree.committee(province, "COMMUNE_COMMITTEE", "Xã đường dẫn");
        long grassroots = tree.committee(commune, "GRASSROOTS_COMMITTEE", "Cơ sở đường dẫn");
        long branch = tree.branch(grassroots, "Chi bộ đường dẫn");
        tree.branch(grassroots, "Chi bộ bên cạnh đường dẫn");

        Trail trail = organizations.trail(branch);

        assertThat(trail.node().id()).isEqualTo(branch);
        assertThat(trail.ancestors()).extracting(OrganizationSummary::id)
                .containsExactly(province, commune, grassroots);
        assertThat(trail.parent().id()).isEqualTo(grassroots);
        assertThat(organizations.trail(province).ancestors()).isEmpty();
        assertThat(organizations.trail(province).parent()).isNull();
        assertThatThrownBy(() -> organizations.trail(-1)).isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void aNodeWithIdTenIsNotMistakenForAChildOfNodeOne() {
        // Paths end with '/', so '/1/' is not a prefix of '/10/'.
        long first = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh A");
        long second = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh B");
        assertThat(organizations.get(first).path()).isEqualTo("/" + first + "/");
        assertThat(organizations.subtreeIds(organizations.get(first))).doesNotContain(second);
    }

    @Test
    void movingANodeMovesItsWholeSubtree() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy chuyển");
        long oldCommune = tree.committee(province, "COMMUNE_COMMITTEE", "Xã cũ");
        long newCommune = tree.committee(province, "COMMUNE_COMMITTEE", "Xã mới");
        long grassroots = tree.committee(oldCommune, "GRASSROOTS_COMMITTEE", "Cơ sở di chuyển");
        long branch = tree.branch(grassroots, "Chi bộ di chuyển");

        tree.jdbc().update("update organization set parent_id = ? where id = ?", newCommune, grassroots);

        assertThat(organizations.subtreeIds(organizations.get(oldCommune))).containsExactly(oldCommune);
        assertThat(organizations.subtreeIds(organizations.get(newCommune)))
                .containsExactlyInAnyOrder(newCommune, grassroots, branch);
        assertThat(organizations.get(branch).path())
                .isEqualTo("/" + province + "/" + newCommune + "/" + grassroots + "/" + branch + "/");
        assertThat(organizations.trail(branch).ancestors()).extracting(OrganizationSummary::id)
                .containsExactly(province, newCommune, grassroots);
    }

    @Test
    void aNodeCannotMoveUnderItsOwnDescendant() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy vòng");
        long commune = tree.committee(province, "COMMUNE_COMMITTEE", "Xã vòng");
        assertThatThrownBy(() -> tree.jdbc().update("update organization set parent_id = ? where id = ?",
                commune, province)).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDatabaseRefusesABranchWithoutABranchKind() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", "Tỉnh ủy kiểm tra");
        assertThatThrownBy(() -> tree.jdbc().update("""
                insert into organization (parent_id, kind, name, sort_key, code)
                values (?, 'BRANCH', 'Chi bộ thiếu loại', 'x', ?)""", province, TreeBuilder.unique("x")))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void demoDistrictHasFiftyNineBranchesTwelveInThePilot() {
        OrganizationSummary district = organizations.get(tree.organizationId("hu-coto"));
        List<Long> subtree = organizations.subtreeIds(district);
        Long branches = tree.jdbc().queryForObject(
                "select count(*) from organization where kind = 'BRANCH' and path like ? || '%'", Long.class,
                district.path());
        Long pilots = tree.jdbc().queryForObject("""
                select count(*) from pilot_enrollment p join organization o on o.id = p.branch_id
                 where o.path like ? || '%' and p.enrolled_on = date '2017-08-15'""", Long.class, district.path());
        assertThat(subtree).hasSize(65);
        assertThat(branches).isEqualTo(59);
        assertThat(pilots).isEqualTo(12);
    }
}
