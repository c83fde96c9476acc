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

    @Query("select a from UserAccount a join fetch a.unit where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(@Param("username") String username);

    @Query("select a from UserAccount a join fetch a.unit u left join fetch u.parent where a.id = :id")
    Optional<UserAccount> findWithUnitById(@Param("id") Long id);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    boolean existsByEmailIgnoreCase(String email);

    /** The enabled heads and deputies of a unit: who may be answerable for its duties. */
    @Query("select a from UserAccount a where a.unit.id = :unitId and a.enabled = true and a.position is not null")
    List<UserAccount> findLeadersOfUnit(@Param("unitId") Long unitId);

    /** The enabled heads and deputies of several units at once, each with its unit. */
    @Query("select a from UserAccount a join fetch a.unit where a.unit.id in :unitIds and a.enabled = true and a.position is not null")
    List<UserAccount> findLeadersOfUnits(@Param("unitIds") Collection<Long> unitIds);

    /** The enabled users holding a role in any of the units named by code, each with its unit. */
    @Query("select distinct a from UserAccount a join fetch a.unit u join a.roles r"
            + " where u.code in :unitCodes and r = :role and a.enabled = true")
    List<UserAccount> findEnabledWithRoleInUnitsCoded(@Param("unitCodes") Collection<String> unitCodes, @Param("role") Role role);

    /** The units that have at least one enabled head or deputy with an e-mail address. */
    @Query("select distinct a.unit.id from UserAccount a where a.enabled = true and a.position is not null and a.email <> ''")
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

    @Query("select distinct a from UserAccount a join fetch a.unit where a.id in :ids order by a.username")
    List<UserAccount> findAllWithUnitByIdIn(@Param("ids") Collection<Long> ids);

    /** A user's id and full name, without the account. */
    interface FullName {
        Long getId();

        String getFullName();
    }

    @Query("select a.id as id, a.fullName as fullName from UserAccount a where a.id in :ids")
    List<FullName> findFullNamesByIdIn(@Param("ids") Collection<Long> ids);
}
