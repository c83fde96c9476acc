package vn.bhxh.tracker.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(@Param("username") String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    boolean existsByEmailIgnoreCase(String email);

    /** Everyone of these units, enabled or not (a reorganisation's people), by unit then user name. */
    List<UserAccount> findByUnitIdInOrderByUnitIdAscUsernameAsc(Collection<Long> unitIds);

    /** The enabled heads and deputies of a unit: who may be answerable for its duties. */
    @Query("select a from UserAccount a where a.unitId = :unitId and a.enabled = true and a.position is not null")
    List<UserAccount> findLeadersOfUnit(@Param("unitId") Long unitId);

    /** The enabled heads and deputies of several units at once. */
    @Query("select a from UserAccount a where a.unitId in :unitIds and a.enabled = true and a.position is not null")
    List<UserAccount> findLeadersOfUnits(@Param("unitIds") Collection<Long> unitIds);

    /** The enabled users holding a role in any of these units. */
    @Query("select distinct a from UserAccount a join a.roles r where a.unitId in :unitIds and r = :role and a.enabled = true")
    List<UserAccount> findEnabledWithRoleInUnits(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);

    /** The units that have at least one enabled head or deputy with an e-mail address. */
    @Query("select distinct a.unitId from UserAccount a where a.enabled = true and a.position is not null and a.email <> ''")
    List<Long> findUnitIdsWithLeaders();

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    /**
     * Users whose name, user name or e-mail contains {@code text}, ignoring case and diacritics,
     * in alphabetical order of user name.
     */
    @Query(value = """
            SELECT a.id FROM user_account a
            WHERE lower(immutable_unaccent(a.full_name)) LIKE '%' || lower(immutable_unaccent(:text)) || '%' ESCAPE '\\'
               OR lower(a.username) LIKE '%' || lower(:text) || '%' ESCAPE '\\'
               OR lower(a.email) LIKE '%' || lower(:text) || '%' ESCAPE '\\'
            ORDER BY lower(a.username)
            """,
            countQuery = """
            SELECT count(*) FROM user_account a
            WHERE lower(immutable_unaccent(a.full_name)) LIKE '%' || lower(immutable_unaccent(:text)) || '%' ESCAPE '\\'
               OR lower(a.username) LIKE '%' || lower(:text) || '%' ESCAPE '\\'
               OR lower(a.email) LIKE '%' || lower(:text) || '%' ESCAPE '\\'
            """,
            nativeQuery = true)
    Page<Long> searchIds(@Param("text") String escapedText, Pageable pageable);

    @Query("select a from UserAccount a where a.id in :ids order by a.username")
    List<UserAccount> findAllByIdInOrderByUsername(@Param("ids") Collection<Long> ids);

    /** A user's id and full name, without the account. */
    interface FullName {
        Long getId();

        String getFullName();
    }

    @Query("select a.id as id, a.fullName as fullName from UserAccount a where a.id in :ids")
    List<FullName> findFullNamesByIdIn(@Param("ids") Collection<Long> ids);
}
