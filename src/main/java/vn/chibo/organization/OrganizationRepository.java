package vn.chibo.organization;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** Everything under the node at {@code path}, the node included: one prefix scan of the path index. */
    @Query(value = "select id from organization where in_subtree(path, :path) order by path", nativeQuery = true)
    List<Long> subtreeIds(String path);

    /** The first top of the tree (a province's committee): where an administrator's pages start. */
    @Query(value = "select id from organization where parent_id is null order by id limit 1", nativeQuery = true)
    java.util.Optional<Long> firstRoot();

    /** The children of a node with the size of each child's subtree; committees first, then branches. */
    @Query(value = """
            select c.id as id, c.name as name, c.kind as kind, c.code as code,
                   coalesce(r.branches, 0) as branches, coalesce(r.members, 0) as members
              from organization c left join organization_roll r on r.organization_id = c.id
             where c.parent_id = :parentId
             order by\s""" + Children.ORDER,
            countQuery = "select count(*) from organization where parent_id = :parentId",
            nativeQuery = true)
    Page<ChildRow> children(long parentId, Pageable pageable);

    interface ChildRow {
        Long getId();

        String getName();

        String getKind();

        String getCode();

        long getBranches();

        long getMembers();

        default boolean isBranch() {
            return OrganizationKind.BRANCH.name().equals(getKind());
        }
    }
}
